#pragma once

namespace tavolo {

class OperationRegistry;

// office.assign, delegation.add, designation.add, designation.end, regulation.amend.
void registerOfficeOperations(OperationRegistry &registry);

} // namespace tavolo
