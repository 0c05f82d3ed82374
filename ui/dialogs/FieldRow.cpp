#include "ui/dialogs/FieldRow.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace polaris::ui {

FieldRow::FieldRow(const QString& name, const QString& unit, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    m_layout = layout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setHorizontalSpacing(6);
    layout->setVerticalSpacing(1);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(name);
    m_edit->setMinimumWidth(140);
    layout->addWidget(m_edit, 0, 0);
    auto* unitLabel = new QLabel(unit, this);
    layout->addWidget(unitLabel, 0, 1);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setObjectName(name + QStringLiteral("Hint"));
    m_hintLabel->setStyleSheet(QStringLiteral("color:palette(mid);"));
    layout->addWidget(m_hintLabel, 0, 2);
    layout->setColumnStretch(2, 1);
    m_error = new QLabel(this);
    m_error->setObjectName(name + QStringLiteral("Error"));
    m_error->setStyleSheet(QStringLiteral("color:#c0392b;"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    layout->addWidget(m_error, 1, 0, 1, 3);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        revalidate();
        Q_EMIT edited();
    });
}

void FieldRow::setWide()
{
    m_layout->setColumnStretch(0, 3);
    m_layout->setColumnStretch(2, 1);
}

void FieldRow::setPlaceholder(const QString& text)
{
    m_edit->setPlaceholderText(text);
}

QString FieldRow::text() const
{
    return m_edit->text().trimmed();
}

void FieldRow::setText(const QString& text)
{
    m_edit->setText(text);
    m_edit->setCursorPosition(0); // the start of a long URL says more than its end
    revalidate();
}

void FieldRow::setRelationError(const QString& message)
{
    if (m_relationError != message) {
        m_relationError = message;
        showState();
    }
}

void FieldRow::revalidate()
{
    m_ownError = m_check ? m_check(text()) : QString();
    m_hintLabel->setText(m_ownError.isEmpty() && m_hint ? m_hint(text()) : QString());
    showState();
}

QString FieldRow::errorText() const
{
    return m_ownError.isEmpty() ? m_relationError : m_ownError;
}

void FieldRow::showState()
{
    const QString message = errorText();
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    m_edit->setStyleSheet(message.isEmpty() ? QString()
                                            : QStringLiteral("border:1px solid #c0392b;"));
}

} // namespace polaris::ui
