#pragma once

namespace tavolo {

class OperationRegistry;

// The Piano di Zona's participation cycle: cycle.add, cycle.update, table.add,
// table.participant.add, call.add, submission.add, submission.decide, adhesion.add.
void registerCycleOperations(OperationRegistry &registry);

} // namespace tavolo
