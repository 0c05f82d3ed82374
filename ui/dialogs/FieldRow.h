#pragma once

#include <QWidget>

#include <functional>

class QGridLayout;
class QLabel;
class QLineEdit;

namespace polaris::ui {

/// One editable value of a dialog: a line edit, its unit, a hint computed from the text (e.g.
/// "= 3 %") and an inline error message under it. The text is the value (money and ratios are
/// exact decimal text, never a double spin box); the check function says what is wrong with it,
/// or returns an empty string. GUI thread.
class FieldRow : public QWidget
{
    Q_OBJECT
public:
    using Check = std::function<QString(const QString& text)>;

    /// `name` becomes the line edit's objectName (tests and layout state find it by name); the
    /// error label is named name + "Error".
    FieldRow(const QString& name, const QString& unit, QWidget* parent = nullptr);

    void setCheck(Check check) { m_check = std::move(check); }
    void setHint(Check hint) { m_hint = std::move(hint); }
    void setPlaceholder(const QString& text);
    /// The line edit takes the row's spare width (URLs), instead of the hint.
    void setWide();

    QString text() const;
    void setText(const QString& text);
    QLineEdit* lineEdit() const { return m_edit; }

    /// A problem that involves other fields (e.g. minimum above maximum); empty clears it.
    void setRelationError(const QString& message);
    /// Re-runs the check and updates the messages.
    void revalidate();
    bool isValid() const { return m_ownError.isEmpty() && m_relationError.isEmpty(); }
    /// The message shown (own error first), empty when valid.
    QString errorText() const;

Q_SIGNALS:
    void edited();

private:
    void showState();

    QGridLayout* m_layout = nullptr;
    QLineEdit* m_edit = nullptr;
    QLabel* m_hintLabel = nullptr;
    QLabel* m_error = nullptr;
    Check m_check;
    Check m_hint;
    QString m_ownError;
    QString m_relationError;
};

} // namespace polaris::ui
