#pragma once

namespace tavolo {

class OperationRegistry;

// minutes.draft, minutes.update, minutes.approve, minutes.correct (R-K; names in domain.md).
void registerMinutesOperations(OperationRegistry &registry);

} // namespace tavolo
