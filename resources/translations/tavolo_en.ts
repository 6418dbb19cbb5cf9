<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>Records with problems: %n of %1. Nothing was written.</source>
        <translation>
            <numerusform>Records with problems: %n of %1. Nothing was written.</numerusform>
            <numerusform>Records with problems: %n of %1. Nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) checked, no problems. Nothing was written (dry run).</source>
        <translation>
            <numerusform>%n record checked, no problems. Nothing was written (dry run).</numerusform>
            <numerusform>%n records checked, no problems. Nothing was written (dry run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record imported.</numerusform>
            <numerusform>%n records imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceRules</name>
    <message numerus="yes">
        <source>In %1 the Tavolo met %n time(s); the regulation requires at least %2.</source>
        <translation>
            <numerusform>In %1 the Tavolo met %n time; the regulation requires at least %2.</numerusform>
            <numerusform>In %1 the Tavolo met %n times; the regulation requires at least %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>So far in %1 the Tavolo has %n meeting(s) held or convened; at least %2 are required by 31 December.</source>
        <translation>
            <numerusform>So far in %1 the Tavolo has %n meeting held or convened; at least %2 are required by 31 December.</numerusform>
            <numerusform>So far in %1 the Tavolo has %n meetings held or convened; at least %2 are required by 31 December.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request to convene of %1 is open: convene the requested meeting by %2 (%n day(s) left).</source>
        <translation>
            <numerusform>The request to convene of %1 is open: convene the requested meeting by %2 (%n day left).</numerusform>
            <numerusform>The request to convene of %1 is open: convene the requested meeting by %2 (%n days left).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleRules</name>
    <message numerus="yes">
        <source>%1 took no part in drafting the plan of the cycle %2: %3 at any of the %n held meeting(s) of the cycle's tables and plenaries.</source>
        <translation>
            <numerusform>%1 took no part in drafting the plan of the cycle %2: %3 at any of the %n held meeting of the cycle's tables and plenaries.</numerusform>
            <numerusform>%1 took no part in drafting the plan of the cycle %2: %3 at any of the %n held meetings of the cycle's tables and plenaries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleStatusRules</name>
    <message numerus="yes">
        <source>The call "%1" has %n late submission(s) awaiting your decision.</source>
        <translation>
            <numerusform>The call "%1" has %n late submission awaiting your decision.</numerusform>
            <numerusform>The call "%1" has %n late submissions awaiting your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleSummary</name>
    <message numerus="yes">
        <source>%n, each has met</source>
        <translation>
            <numerusform>%n, each has met</numerusform>
            <numerusform>%n, each has met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, of which %1 with no meeting yet</source>
        <translation>
            <numerusform>%n, of which %1 with no meeting yet</numerusform>
            <numerusform>%n, of which %1 with no meeting yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received, %1 late, %2 admitted</source>
        <translation>
            <numerusform>%n received, %1 late, %2 admitted</numerusform>
            <numerusform>%n received, %1 late, %2 admitted</numerusform>
        </translation>
    </message>
</context>
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
    <name>IndicatorSummary</name>
    <message numerus="yes">
        <source>%n indicator(s), %1 below expected</source>
        <translation>
            <numerusform>%n indicator, %1 below expected</numerusform>
            <numerusform>%n indicators, %1 below expected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message numerus="yes">
        <source>%n meeting(s) held: %1</source>
        <translation>
            <numerusform>%n meeting held: %1</numerusform>
            <numerusform>%n meetings held: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>present at %n meeting(s)</source>
        <translation>
            <numerusform>present at %n meeting</numerusform>
            <numerusform>present at %n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message numerus="yes">
        <source>Only %n day(s) of notice before %1; the regulation asks for %2.</source>
        <translation>
            <numerusform>Only %n day of notice before %1; the regulation asks for %2.</numerusform>
            <numerusform>Only %n days of notice before %1; the regulation asks for %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MinutesRules</name>
    <message numerus="yes">
        <source>The meeting of %1 of %2 has no minutes yet, %n day(s) after it was held.</source>
        <translation>
            <numerusform>The meeting of %1 of %2 has no minutes yet, %n day after it was held.</numerusform>
            <numerusform>The meeting of %1 of %2 has no minutes yet, %n days after it was held.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObjectiveText</name>
    <message numerus="yes">
        <source>computed by «%1» on %2 (%n item(s) counted)</source>
        <translation>
            <numerusform>computed by «%1» on %2 (%n item counted)</numerusform>
            <numerusform>computed by «%1» on %2 (%n items counted)</numerusform>
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
    <name>PrintJobs</name>
    <message numerus="yes">
        <source>%n record(s), printed on %1.</source>
        <translation>
            <numerusform>%n record, printed on %1.</numerusform>
            <numerusform>%n records, printed on %1.</numerusform>
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
    <message numerus="yes">
        <source>The Tavolo meets at least twice a year (requirement c): an amendment cannot set %n meeting(s) a year.</source>
        <translation>
            <numerusform>The Tavolo meets at least twice a year (requirement c): an amendment cannot set %n meeting a year.</numerusform>
            <numerusform>The Tavolo meets at least twice a year (requirement c): an amendment cannot set %n meetings a year.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestRules</name>
    <message numerus="yes">
        <source>%1 of %2 representatives signed; the threshold (%3) is %4: %n more signature(s) needed.</source>
        <translation>
            <numerusform>%1 of %2 representatives signed; the threshold (%3) is %4: %n more signature needed.</numerusform>
            <numerusform>%1 of %2 representatives signed; the threshold (%3) is %4: %n more signatures needed.</numerusform>
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
    <name>tavolo::AdhesionDialog</name>
    <message numerus="yes">
        <source>Present at %n held meeting(s) of the cycle's tables: %1.</source>
        <translation>
            <numerusform>Present at %n held meeting of the cycle's tables: %1.</numerusform>
            <numerusform>Present at %n held meetings of the cycle's tables: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::AmendDialog</name>
    <message numerus="yes">
        <source>Approved by %n of %1 members</source>
        <translation>
            <numerusform>Approved by %n of %1 members</numerusform>
            <numerusform>Approved by %n of %1 members</numerusform>
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
        <translation>
            <numerusform>%n of %1 seat filled</numerusform>
            <numerusform>%n of %1 seats filled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::ConveneDialog</name>
    <message numerus="yes">
        <source>The agenda and the materials go to all %n participant(s). Convening fixes the date and the agenda and cannot be undone (a convened meeting is cancelled instead); the letters, dated this day, come next, from the button Export documents…</source>
        <translation>
            <numerusform>The agenda and the materials go to all %n participant. Convening fixes the date and the agenda and cannot be undone (a convened meeting is cancelled instead); the letters, dated this day, come next, from the button Export documents…</numerusform>
            <numerusform>The agenda and the materials go to all %n participants. Convening fixes the date and the agenda and cannot be undone (a convened meeting is cancelled instead); the letters, dated this day, come next, from the button Export documents…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::CountedDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Measure «%2», %3: %n item(s) counted.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Measure «%2», %3: %n item counted.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Measure «%2», %3: %n items counted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::CyclePage</name>
    <message numerus="yes">
        <source>%1 (%n comuni)</source>
        <translation>
            <numerusform>%1 (%n comuni)</numerusform>
            <numerusform>%1 (%n comuni)</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n of %1 filled</numerusform>
            <numerusform>%n of %1 filled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meetings in %1: %n held or convened, at least %2 required.</source>
        <translation>
            <numerusform>Meetings in %1: %n held or convened, at least %2 required.</numerusform>
            <numerusform>Meetings in %1: %n held or convened, at least %2 required.</numerusform>
        </translation>
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
    <name>tavolo::ObjectivesPage</name>
    <message numerus="yes">
        <source>%n operation(s) of the file applied.</source>
        <translation>
            <numerusform>%n operation of the file applied.</numerusform>
            <numerusform>%n operations of the file applied.</numerusform>
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
<context>
    <name>tavolo::SubmissionsView</name>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n submission</numerusform>
            <numerusform>%n submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n submission(s)</source>
        <translation>
            <numerusform>%1 of %n submission</numerusform>
            <numerusform>%1 of %n submissions</numerusform>
        </translation>
    </message>
</context>
</TS>
