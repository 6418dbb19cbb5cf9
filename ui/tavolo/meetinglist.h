#pragma once

#include "core/domain/meeting.h"

#include <functional>

class QGroupBox;
class QPushButton;
class QTreeWidget;
class QWidget;

namespace tavolo {

class MeetingDetail;

// A body's meetings as a list (date, place or link, state, and a column of the body's own),
// shared by the pages whose bodies meet through MeetingDetail (working groups, planning tables).
namespace meetinglist {

// Fills `list` with `meetings` and makes current the next one to hold, or else the last.
void fill(QTreeWidget *list, const QList<Meeting> &meetings,
          const std::function<QString(const Meeting &)> &ownColumn = {});
// The meeting of `meetings` chosen in `list`, or null.
const Meeting *current(const QTreeWidget *list, const QList<Meeting> &meetings);

// The body's "Meetings" box: the list, and under it the button for a new meeting (beside the
// body's other buttons, a row of them did not fit a 1280-pixel screen in Italian).
QGroupBox *box(const QString &title, QTreeWidget *list, QPushButton *newMeeting, QWidget *parent);
// The chosen meeting's side of the page: `above` when given (a line about the body), the
// meeting's action buttons in a row, then the meeting itself.
QWidget *detailSide(MeetingDetail *detail, QWidget *above, QWidget *parent);

} // namespace meetinglist
} // namespace tavolo
