#pragma once

namespace tavolo {

class OperationRegistry;

// org.add, org.update, person.add, person.update.
void registerRegisterOperations(OperationRegistry &registry);

} // namespace tavolo
