#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLineEdit;

namespace polaris::ui {

/// The deliberate step into Live: explains that real orders with real money will be signed and
/// sent, and only enables "Enter Live" once the operator has typed the confirmation phrase
/// (ExecutionService::liveConfirmationPhrase(), shown untranslated because it is compared
/// untranslated). The execution service checks the phrase again; this dialog only makes a stray
/// click impossible. GUI thread.
class LiveConfirmDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LiveConfirmDialog(QWidget* parent = nullptr);

    /// What the operator typed, trimmed: hand it to ExecutionService::setPhase().
    QString typedPhrase() const;
    /// Whether the typed text is the phrase.
    bool phraseMatches() const;

public Q_SLOTS:
    /// Refuses to close as accepted unless the phrase matches.
    void accept() override;

private:
    void updateButton();

    QLineEdit* m_phrase = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace polaris::ui
