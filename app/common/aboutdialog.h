#pragma once

#include <QDialog>

namespace brickdesk {

// Name, version, Qt version, what Brickdesk is and its license. Opened with
// show(), never exec(), so nothing waits on it (and tests cannot block).
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace brickdesk
