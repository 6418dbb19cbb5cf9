#pragma once

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;

namespace tavolo {

// How the letters are signed and whether the signatory receives one: the
// "signature" and "lettersToSignatory" letterhead settings, for the settings page's form.
class SignatureChoice : public QWidget
{
    Q_OBJECT
public:
    explicit SignatureChoice(QWidget *parent = nullptr);

    QComboBox *mode() const { return m_mode; } // the field a form label is the buddy of
    QMap<QString, QString> values() const; // {"signature": …, "lettersToSignatory": …}
    void setValues(const QMap<QString, QString> &values);

signals:
    void changed();

private:
    QComboBox *m_mode;
    QCheckBox *m_toSignatory;
};

} // namespace tavolo
