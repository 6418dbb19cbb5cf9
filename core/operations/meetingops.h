#pragma once

namespace tavolo {

class OperationRegistry;

// meeting.add, meeting.convene, material.add, guest.invite, meeting.hold, meeting.cancel,
// request.add.
void registerMeetingOperations(OperationRegistry &registry);

} // namespace tavolo
