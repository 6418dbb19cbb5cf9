<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>DesignationRules</name>
    <message numerus="yes">
        <source>The category "%1" has %n seat(s), and on %2 they are held by: %3. End one of those designations first, or start this one after a seat is free.</source>
        <translation>
            <numerusform>The category "%1" has %n seat, and on %2 they are held by: %3. End one of those designations first, or start this one after a seat is free.</numerusform>
            <numerusform>The category "%1" has %n seats, and on %2 they are held by: %3. End one of those designations first, or start this one after a seat is free.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationStore</name>
    <message numerus="yes">
        <source>"%1" cannot be deleted: %n person(s) of the register belong to it. Move them to another organisation first, or mark the organisation inactive.</source>
        <translation>
            <numerusform>"%1" cannot be deleted: %n person of the register belong to it. Move them to another organisation first, or mark the organisation inactive.</numerusform>
            <numerusform>"%1" cannot be deleted: %n persons of the register belong to it. Move them to another organisation first, or mark the organisation inactive.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegulationRules</name>
    <message numerus="yes">
        <source>An amendment needs the approval of all %n member(s) in office on %1; missing: %2. Collect their approval before recording it.</source>
        <translation>
            <numerusform>An amendment needs the approval of all %n member in office on %1; missing: %2. Collect their approval before recording it.</numerusform>
            <numerusform>An amendment needs the approval of all %n members in office on %1; missing: %2. Collect their approval before recording it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaxCode</name>
    <message numerus="yes">
        <source>The tax code of an organisation has 11 digits; "%1" has %n character(s).</source>
        <translation>
            <numerusform>The tax code of an organisation has 11 digits; "%1" has %n character.</numerusform>
            <numerusform>The tax code of an organisation has 11 digits; "%1" has %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A personal tax code has 16 characters; "%1" has %n.</source>
        <translation>
            <numerusform>A personal tax code has 16 characters; "%1" has %n.</numerusform>
            <numerusform>A personal tax code has 16 characters; "%1" has %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::AuditPage</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>%1 of %n change shown</numerusform>
            <numerusform>%1 of %n changes shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::CompositionPage</name>
    <message numerus="yes">
        <source>%n of %1 seat(s) filled</source>
        <translation><numerusform>%n of %1 seat filled</numerusform><numerusform>%n of %1 seats filled</numerusform></translation>
    </message>
</context>
<context>
    <name>tavolo::DashboardPage</name>
    <message numerus="yes">
        <source>In order on %1, with %n warning(s).</source>
        <translation>
            <numerusform>In order on %1, with %n warning.</numerusform>
            <numerusform>In order on %1, with %n warnings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in order on %1: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Not in order on %1: %n problem to fix.</numerusform>
            <numerusform>Not in order on %1: %n problems to fix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 filled</source>
        <translation><numerusform>%n of %1 filled</numerusform><numerusform>%n of %1 filled</numerusform></translation>
    </message>
</context>
<context>
    <name>tavolo::ExportDialog</name>
    <message numerus="yes">
        <source>%n file(s) written in %1.</source>
        <translation>
            <numerusform>%n file written in %1.</numerusform>
            <numerusform>%n files written in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::ImportCheckPage</name>
    <message numerus="yes">
        <source>%1 of %n record(s) have problems: correct the file and choose it again. Nothing has been written.</source>
        <translation>
            <numerusform>%1 of %n record have problems: correct the file and choose it again. Nothing has been written.</numerusform>
            <numerusform>%1 of %n records have problems: correct the file and choose it again. Nothing has been written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) ready to import. Choose Import to write them.</source>
        <translation>
            <numerusform>%n record ready to import. Choose Import to write them.</numerusform>
            <numerusform>%n records ready to import. Choose Import to write them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::ImportFilePage</name>
    <message numerus="yes">
        <source>Read as %1, separator “%2”: %n record(s) after the header line.</source>
        <translation>
            <numerusform>Read as %1, separator “%2”: %n record after the header line.</numerusform>
            <numerusform>Read as %1, separator “%2”: %n records after the header line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::ImportWizard</name>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record imported.</numerusform>
            <numerusform>%n records imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::MeetingDialog</name>
    <message numerus="yes">
        <source>Request of %1 (%n signatories)</source>
        <translation>
            <numerusform>Request of %1 (%n signatories)</numerusform>
            <numerusform>Request of %1 (%n signatories)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::MeetingsPage</name>
    <message numerus="yes">
        <source>The agenda and the materials go to all %n participant(s).</source>
        <translation>
            <numerusform>The agenda and the materials go to all %n participant.</numerusform>
            <numerusform>The agenda and the materials go to all %n participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::OrganisationPage</name>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n organisation</numerusform>
            <numerusform>%n organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) shown</source>
        <translation>
            <numerusform>%1 of %n organisation shown</numerusform>
            <numerusform>%1 of %n organisations shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::PersonPage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) shown</source>
        <translation>
            <numerusform>%1 of %n person shown</numerusform>
            <numerusform>%1 of %n persons shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::RequestsPage</name>
    <message numerus="yes">
        <source>open, %n day(s) left</source>
        <translation>
            <numerusform>open, %n day left</numerusform>
            <numerusform>open, %n days left</numerusform>
        </translation>
    </message>
</context>
</TS>
