#include "ui/widgets/LiveConfirmDialog.h"

#include "core/execution/ExecutionService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace polaris::ui {

LiveConfirmDialog::LiveConfirmDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("liveConfirmDialog"));
    setWindowTitle(tr("Enter Live trading"));
    setModal(true);
    auto* layout = new QVBoxLayout(this);
    auto* explanation = new QLabel(
            tr("<p><b>Live sends real, signed orders to Polymarket with your money.</b></p>"
               "<p>Every approved opportunity becomes orders on the venue. Fills are final; a "
               "partial fill can leave an unhedged position that is patched, unwound or held "
               "at a loss. The risk limits and the circuit breaker still apply, and every "
               "execution still needs your approval.</p>"
               "<p>Paper trading simulates the same flow without sending anything. Go Live only "
               "when Paper has shown the results you expect.</p>"),
            this);
    explanation->setWordWrap(true);
    explanation->setTextFormat(Qt::RichText);
    layout->addWidget(explanation);
    const QString phrase = ExecutionService::liveConfirmationPhrase();
    auto* prompt = new QLabel(tr("Type %1 to confirm:").arg(phrase), this);
    layout->addWidget(prompt);
    m_phrase = new QLineEdit(this);
    m_phrase->setObjectName(QStringLiteral("livePhrase"));
    m_phrase->setPlaceholderText(phrase);
    prompt->setBuddy(m_phrase);
    layout->addWidget(m_phrase);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Enter Live"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("enterLive"));
    // Cancel is the default: Enter in the field must not be the way into Live by accident.
    m_buttons->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LiveConfirmDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LiveConfirmDialog::reject);
    connect(m_phrase, &QLineEdit::textChanged, this, &LiveConfirmDialog::updateButton);
    updateButton();
    m_phrase->setFocus();
}

QString LiveConfirmDialog::typedPhrase() const
{
    return m_phrase->text().trimmed();
}

bool LiveConfirmDialog::phraseMatches() const
{
    return typedPhrase() == ExecutionService::liveConfirmationPhrase();
}

void LiveConfirmDialog::accept()
{
    if (!phraseMatches()) {
        return;
    }
    QDialog::accept();
}

void LiveConfirmDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(phraseMatches());
}

} // namespace polaris::ui
