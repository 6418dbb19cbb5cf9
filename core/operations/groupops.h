#pragma once

namespace tavolo {

class OperationRegistry;

// group.add, group.participant.add, group.coordinator.propose, group.meeting.add,
// group.meeting.hold.
void registerGroupOperations(OperationRegistry &registry);

} // namespace tavolo
