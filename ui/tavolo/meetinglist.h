#pragma once

#include "core/domain/meeting.h"

#include <functional>

class QTreeWidget;

namespace tavolo {

// A body's meetings as a list (date, place or link, state, and a column of the body's own),
// shared by the pages whose bodies meet through MeetingDetail (working groups, planning tables).
namespace meetinglist {

// Fills `list` with `meetings` and makes current the next one to hold, or else the last.
void fill(QTreeWidget *list, const QList<Meeting> &meetings,
          const std::function<QString(const Meeting &)> &ownColumn = {});
// The meeting of `meetings` chosen in `list`, or null.
const Meeting *current(const QTreeWidget *list, const QList<Meeting> &meetings);

} // namespace meetinglist
} // namespace tavolo
