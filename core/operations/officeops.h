#pragma once

namespace tavolo {

class OperationRegistry;

// office.assign, office.end, delegation.add, designation.add, designation.end, regulation.amend.
void registerOfficeOperations(OperationRegistry &registry);

} // namespace tavolo
