#pragma once

namespace tavolo {

class OperationRegistry;

// objective.add, phase.update, indicator.record (seed 002).
void registerObjectiveOperations(OperationRegistry &registry);

} // namespace tavolo
