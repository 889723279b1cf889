// FilterBox: the name filter over a browser's tree, driven from the keyboard.

#include "app/common/filterbox.h"

#include <QAction>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace brickdesk;

class TestFilterBox : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_scope = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_scope.get());
        m_box = new FilterBox(m_scope.get());
        m_tree = new QTreeView(m_scope.get());
        m_box->setReturnFocusTo(m_tree);
        layout->addWidget(m_box);
        layout->addWidget(m_tree);
        m_scope->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_scope.get()));
    }
    void cleanup() { m_scope.reset(); }

    void clearButtonShowsOnlyWithTextAndClears()
    {
        QAction *clear = clearAction();
        QVERIFY(clear);
        QVERIFY(!clear->isVisible());
        QVERIFY(!clear->icon().isNull());
        QCOMPARE(m_box->accessibleName(), u"Filter"_s);

        m_box->setText(u"etl"_s);
        QVERIFY(clear->isVisible());
        QToolButton *button = buttonFor(clear);
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QSignalSpy changed(m_box, &QLineEdit::textChanged);
        button->click();
        QCOMPARE(m_box->text(), QString());
        QCOMPARE(changed.size(), 1);
        QVERIFY(!clear->isVisible());
    }

    void findFocusesAndEscapeReturnsToTheTree()
    {
        m_tree->setFocus();
        QTRY_VERIFY(m_tree->hasFocus());
        m_box->setText(u"jobs"_s);
        QTest::keySequence(m_tree, QKeySequence::Find);
        QTRY_VERIFY(m_box->hasFocus());
        QCOMPARE(m_box->selectedText(), u"jobs"_s);
        QTest::keyClick(m_box, Qt::Key_Escape);
        QCOMPARE(m_box->text(), QString());
        QTRY_VERIFY(m_tree->hasFocus());
    }

private:
    QAction *clearAction() const
    {
        for (QAction *action : m_box->actions())
            if (action->text() == u"Clear"_s)
                return action;
        return nullptr;
    }
    QToolButton *buttonFor(QAction *action) const
    {
        for (QToolButton *button : m_box->findChildren<QToolButton *>())
            if (button->defaultAction() == action)
                return button;
        return nullptr;
    }

    std::unique_ptr<QWidget> m_scope;
    FilterBox *m_box = nullptr;
    QTreeView *m_tree = nullptr;
};

QTEST_MAIN(TestFilterBox)
#include "tst_filterbox.moc"
