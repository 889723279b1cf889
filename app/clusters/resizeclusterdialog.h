#pragma once

#include <QDialog>
#include <QJsonObject>

class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace brickdesk {

// Resize: a fixed number of workers or an autoscale range, starting from
// what the cluster has. For a running cluster the workers change while it
// runs; a terminated one keeps the new size for its next start (the API
// resizes running clusters only, so that goes as an edit). Never sends
// anything itself: submitted() with the choice, then setBusy, accept or
// showServerError, as the JSON payload dialog does.
class ResizeClusterDialog : public QDialog
{
    Q_OBJECT

public:
    // The most workers the dialog offers.
    static constexpr int kMaxWorkers = 1000;

    ResizeClusterDialog(const QJsonObject &cluster, const QString &workspace,
                        QWidget *parent = nullptr);

    bool isAutoscale() const;
    int workers() const;
    int minWorkers() const;
    int maxWorkers() const;
    // Tests and callers: choose without clicking.
    void setFixed(int workers);
    void setAutoscale(int minWorkers, int maxWorkers);
    QString problemText() const;

    void setBusy(bool busy);
    void showServerError(const QString &message);

signals:
    void submitted();

private:
    void updateState();

    bool m_busy = false;
    QString m_serverError; // the last refusal, until the choice changes
    QRadioButton *m_fixed;
    QRadioButton *m_autoscale;
    QSpinBox *m_workers;
    QSpinBox *m_min;
    QSpinBox *m_max;
    QLabel *m_note;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace brickdesk
