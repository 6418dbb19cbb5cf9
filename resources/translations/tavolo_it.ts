<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>ArchiveCopy</name>
    <message>
        <source>A copy needs both archives open.</source>
        <translation>Per una copia servono entrambi gli archivi aperti.</translation>
    </message>
    <message>
        <source>An archive cannot be copied onto itself.</source>
        <translation>Un archivio non può essere copiato su se stesso.</translation>
    </message>
    <message>
        <source>The archive copied has schema %1 and the target schema %2: both must be opened by this version of Tavolo first.</source>
        <translation>L&apos;archivio da copiare ha lo schema %1 e quello di destinazione lo schema %2: entrambi vanno prima aperti con questa versione di Tavolo.</translation>
    </message>
    <message>
        <source>A copy cannot be made in the middle of a change.</source>
        <translation>Non si può fare una copia a metà di una modifica.</translation>
    </message>
    <message>
        <source>The tables of the archive copied cannot be read.</source>
        <translation>Le tabelle dell&apos;archivio da copiare non si possono leggere.</translation>
    </message>
    <message>
        <source>The target archive is not empty (the table %1 has rows): a copy goes only into a new archive. Nothing was changed.</source>
        <translation>L&apos;archivio di destinazione non è vuoto (la tabella %1 contiene righe): una copia va solo in un archivio nuovo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 non è un file.</translation>
    </message>
    <message>
        <source>%1 already exists: a copy never overwrites a file. Nothing was changed.</source>
        <translation>%1 esiste già: una copia non sovrascrive mai un file. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The copy could not be given its name %1. Nothing was kept.</source>
        <translation>Non è stato possibile dare alla copia il nome %1. Non è stato conservato nulla.</translation>
    </message>
</context>
<context>
    <name>ArchiveSchema</name>
    <message>
        <source>table</source>
        <translation>tabella</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indice</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>it holds something Tavolo never makes: %1 &quot;%2&quot;</source>
        <translation>contiene un oggetto che Tavolo non crea mai: %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a part of it was altered: %1 &quot;%2&quot;</source>
        <translation>una sua parte è stata modificata: %1 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a part of it is missing: %1 &quot;%2&quot;</source>
        <translation>ne manca una parte: %1 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>Organisations</source>
        <translation>Enti</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Offices held</source>
        <translation>Cariche</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Deleghe</translation>
    </message>
    <message>
        <source>Designations</source>
        <translation>Designazioni</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regolamento</translation>
    </message>
    <message>
        <source>Approvals of the regulation</source>
        <translation>Approvazioni del regolamento</translation>
    </message>
    <message>
        <source>Requests to convene</source>
        <translation>Richieste di convocazione</translation>
    </message>
    <message>
        <source>Signatories of requests</source>
        <translation>Firmatari delle richieste</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation>Punti all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiali</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invitati</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Gruppi di lavoro</translation>
    </message>
    <message>
        <source>Participants of groups</source>
        <translation>Partecipanti ai gruppi</translation>
    </message>
    <message>
        <source>Meetings of groups</source>
        <translation>Sedute dei gruppi</translation>
    </message>
    <message>
        <source>Attendance at groups</source>
        <translation>Presenze ai gruppi</translation>
    </message>
    <message>
        <source>Letterhead and letters</source>
        <translation>Intestazione e lettere</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunta</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminazione</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>RUNTS section</source>
        <translation>Sezione RUNTS</translation>
    </message>
    <message>
        <source>RUNTS number</source>
        <translation>Numero RUNTS</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegato</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Proposed coordinator</source>
        <translation>Coordinatore proposto</translation>
    </message>
    <message>
        <source>Coordinator ratified</source>
        <translation>Coordinatore ratificato</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Carica</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Act date</source>
        <translation>Data dell&apos;atto</translation>
    </message>
    <message>
        <source>Act reference</source>
        <translation>Estremi dell&apos;atto</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In vigore dal</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Sedute all&apos;anno</translation>
    </message>
    <message>
        <source>Days of notice</source>
        <translation>Giorni di preavviso</translation>
    </message>
    <message>
        <source>Request threshold (numerator)</source>
        <translation>Soglia delle richieste (numeratore)</translation>
    </message>
    <message>
        <source>Request threshold (denominator)</source>
        <translation>Soglia delle richieste (denominatore)</translation>
    </message>
    <message>
        <source>Days to answer a request</source>
        <translation>Giorni per rispondere a una richiesta</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seggi</translation>
    </message>
    <message>
        <source>Regulation version</source>
        <translation>Versione del regolamento</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Seduta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Group meeting</source>
        <translation>Seduta del gruppo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Collegamento online</translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>Convocata da</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>Congiunta con</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Convened on</source>
        <translation>Convocata il</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motivo dell&apos;annullamento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenuta</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>Add organisation</source>
        <translation>Aggiunta di un ente</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifica di un ente</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Aggiunta di una persona</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifica di una persona</translation>
    </message>
    <message>
        <source>Anonymise person</source>
        <translation>Anonimizzazione di una persona</translation>
    </message>
    <message>
        <source>Assign office</source>
        <translation>Assegnazione di una carica</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>Aggiunta di una delega</translation>
    </message>
    <message>
        <source>Designate</source>
        <translation>Designazione</translation>
    </message>
    <message>
        <source>End designation</source>
        <translation>Fine di una designazione</translation>
    </message>
    <message>
        <source>Amend the regulation</source>
        <translation>Modifica del regolamento</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nuova seduta</translation>
    </message>
    <message>
        <source>Convene meeting</source>
        <translation>Convocazione della seduta</translation>
    </message>
    <message>
        <source>Attach material</source>
        <translation>Allegato di un materiale</translation>
    </message>
    <message>
        <source>Invite guest</source>
        <translation>Invito di un ospite</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Registrazione delle presenze</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Annullamento della seduta</translation>
    </message>
    <message>
        <source>New request to convene</source>
        <translation>Nuova richiesta di convocazione</translation>
    </message>
    <message>
        <source>New working group</source>
        <translation>Nuovo gruppo di lavoro</translation>
    </message>
    <message>
        <source>Add group participant</source>
        <translation>Aggiunta di un partecipante al gruppo</translation>
    </message>
    <message>
        <source>Propose coordinator</source>
        <translation>Proposta del coordinatore</translation>
    </message>
    <message>
        <source>New group meeting</source>
        <translation>Nuova seduta del gruppo</translation>
    </message>
    <message>
        <source>Hold group meeting</source>
        <translation>Registrazione della seduta del gruppo</translation>
    </message>
    <message>
        <source>Import organisations</source>
        <translation>Importazione di enti</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importazione di persone</translation>
    </message>
    <message>
        <source>In the program&apos;s window</source>
        <translation>Dalla finestra del programma</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (riga di comando)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Aggiunto: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Eliminato: %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verbali</translation>
    </message>
    <message>
        <source>Items of minutes</source>
        <translation>Punti dei verbali</translation>
    </message>
    <message>
        <source>Corrections of minutes</source>
        <translation>Rettifiche dei verbali</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Segretario verbalizzante</translation>
    </message>
    <message>
        <source>Approved at meeting</source>
        <translation>Approvato nella seduta</translation>
    </message>
    <message>
        <source>Approved unanimously</source>
        <translation>Approvato all&apos;unanimità</translation>
    </message>
    <message>
        <source>Approval: favourable</source>
        <translation>Approvazione: favorevoli</translation>
    </message>
    <message>
        <source>Approval: contrary</source>
        <translation>Approvazione: contrari</translation>
    </message>
    <message>
        <source>Approval: abstained</source>
        <translation>Approvazione: astenuti</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sintesi</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Unanimous</source>
        <translation>All&apos;unanimità</translation>
    </message>
    <message>
        <source>Favourable</source>
        <translation>Favorevoli</translation>
    </message>
    <message>
        <source>Contrary</source>
        <translation>Contrari</translation>
    </message>
    <message>
        <source>Abstained</source>
        <translation>Astenuti</translation>
    </message>
    <message>
        <source>Names in votes of minutes</source>
        <translation>Nomi nelle votazioni dei verbali</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Voto espresso</translation>
    </message>
    <message>
        <source>Piano di Zona cycles</source>
        <translation>Cicli del Piano di Zona</translation>
    </message>
    <message>
        <source>Sub-areas of cycles</source>
        <translation>Sub-ambiti dei cicli</translation>
    </message>
    <message>
        <source>Planning tables</source>
        <translation>Tavoli di programmazione</translation>
    </message>
    <message>
        <source>Participants of planning tables</source>
        <translation>Partecipanti ai tavoli di programmazione</translation>
    </message>
    <message>
        <source>Calls for expressions of interest</source>
        <translation>Avvisi di manifestazione d&apos;interesse</translation>
    </message>
    <message>
        <source>Tables of calls</source>
        <translation>Tavoli degli avvisi</translation>
    </message>
    <message>
        <source>Forms of calls</source>
        <translation>Allegati degli avvisi</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Domande pervenute</translation>
    </message>
    <message>
        <source>Tables chosen in submissions</source>
        <translation>Tavoli scelti nelle domande</translation>
    </message>
    <message>
        <source>Files of calls and submissions</source>
        <translation>File di avvisi e domande</translation>
    </message>
    <message>
        <source>Adhesions to the programme agreement</source>
        <translation>Adesioni all&apos;accordo di programma</translation>
    </message>
    <message>
        <source>Planning table</source>
        <translation>Tavolo di programmazione</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Comuni</source>
        <translation>Comuni</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Transversal areas</source>
        <translation>Aree trasversali</translation>
    </message>
    <message>
        <source>Plan approved on</source>
        <translation>Piano approvato il</translation>
    </message>
    <message>
        <source>Act approving the plan</source>
        <translation>Atto di approvazione del piano</translation>
    </message>
    <message>
        <source>Programme agreement signed on</source>
        <translation>Accordo di programma sottoscritto il</translation>
    </message>
    <message>
        <source>Programme agreement act</source>
        <translation>Atto dell&apos;accordo di programma</translation>
    </message>
    <message>
        <source>Published on</source>
        <translation>Pubblicato il</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Deadline time</source>
        <translation>Ora di scadenza</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Pervenuta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Fuori termine</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decisa il</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Domanda</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Survey form</source>
        <translation>Modulo di rilevazione</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Phases of objectives</source>
        <translation>Fasi degli obiettivi</translation>
    </message>
    <message>
        <source>Indicators of objectives</source>
        <translation>Indicatori degli obiettivi</translation>
    </message>
    <message>
        <source>Values typed for indicators</source>
        <translation>Valori inseriti per gli indicatori</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificazione</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Direttore</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Dirigente</translation>
    </message>
    <message>
        <source>DUP strategic direction (code)</source>
        <translation>Indirizzo strategico del DUP (codice)</translation>
    </message>
    <message>
        <source>DUP strategic direction</source>
        <translation>Indirizzo strategico del DUP</translation>
    </message>
    <message>
        <source>DUP strategic objective (code)</source>
        <translation>Obiettivo strategico del DUP (codice)</translation>
    </message>
    <message>
        <source>DUP strategic objective</source>
        <translation>Obiettivo strategico del DUP</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>Primo anno</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Ultimo anno</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Obiettivo</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inizio previsto</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inizio effettivo</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fine effettiva</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Centre of responsibility</source>
        <translation>Centro di responsabilità</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Avanzamento (%)</translation>
    </message>
    <message>
        <source>Expected value</source>
        <translation>Valore atteso</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Misura</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>New objective</source>
        <translation>Nuovo obiettivo</translation>
    </message>
    <message>
        <source>Update a phase</source>
        <translation>Aggiornamento di una fase</translation>
    </message>
    <message>
        <source>Record an indicator&apos;s value</source>
        <translation>Valore di un indicatore</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The archive is open in another program (or in Tavolo): close it there first. Nothing was changed.</source>
        <translation>L&apos;archivio è aperto in un altro programma (o in Tavolo): chiuderlo prima lì. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Nessun archivio è aperto.</translation>
    </message>
    <message>
        <source>%1 already exists: a backup never overwrites a file.</source>
        <translation>%1 esiste già: una copia di sicurezza non sovrascrive mai un file.</translation>
    </message>
    <message>
        <source>A backup cannot be made in the middle of a change.</source>
        <translation>Non è possibile fare una copia di sicurezza durante una modifica.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Non è possibile creare la cartella delle copie %1.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Il file %1 non esiste.</translation>
    </message>
    <message>
        <source>%1 is not a Tavolo archive (or it is damaged): nothing was restored.</source>
        <translation>%1 non è un archivio di Tavolo (o è danneggiato): non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Tavolo (schema %2; this program knows up to %3): nothing was restored.</source>
        <translation>%1 è stato scritto da una versione più recente di Tavolo (schema %2; questo programma arriva al %3): non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>%1 cannot be copied beside the archive.</source>
        <translation>%1 non si può copiare accanto all&apos;archivio.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): nothing was restored.</source>
        <translation>%1 è danneggiato (%2): non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>The current archive cannot be copied to %1: nothing was restored.</source>
        <translation>L&apos;archivio attuale non si può copiare in %1: non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>The archive could not be replaced (%1): it is unchanged.</source>
        <translation>Non è stato possibile sostituire l&apos;archivio (%1): è rimasto com&apos;era.</translation>
    </message>
    <message>
        <source>The archive %1 is a link to another file: restore onto the file itself (%2). Nothing was restored.</source>
        <translation>L&apos;archivio %1 è un collegamento a un altro file: ripristinare sul file stesso (%2). Non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a pipe or a device): nothing was restored.</source>
        <translation>%1 non è un file ordinario (è una cartella, una pipe o un dispositivo): non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>%1 was altered outside Tavolo, or is damaged: %2. Nothing was restored.</source>
        <translation>%1 è stato modificato fuori da Tavolo, oppure è danneggiato: %2. Non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>The archive %1 is open in other programs (%2): close it there first. Nothing was restored.</source>
        <translation>L&apos;archivio %1 è aperto in altri programmi (%2): chiuderlo prima lì. Non è stato ripristinato nulla.</translation>
    </message>
    <message>
        <source>The archive as it is cannot be kept as %1 (%2): nothing was restored.</source>
        <translation>Non è stato possibile conservare l&apos;archivio com&apos;è ora come %1 (%2): non è stato ripristinato nulla.</translation>
    </message>
</context>
<context>
    <name>Batch</name>
    <message>
        <source>Operation %1 is not a JSON object.</source>
        <translation>L&apos;operazione %1 non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>Unknown operation &quot;%1&quot;. Known operations: %2.</source>
        <translation>Operazione sconosciuta «%1». Operazioni disponibili: %2.</translation>
    </message>
    <message>
        <source>&quot;ref&quot; must be text.</source>
        <translation>«ref» deve essere un testo.</translation>
    </message>
    <message>
        <source>The batch must be a JSON array of operations.</source>
        <translation>Il lotto deve essere un array JSON di operazioni.</translation>
    </message>
    <message>
        <source>Not applied: the batch is atomic and operation %1 was refused, so nothing was written.</source>
        <translation>Non applicata: il lotto è atomico e l&apos;operazione %1 è stata rifiutata, quindi non è stato scritto nulla.</translation>
    </message>
    <message>
        <source>The ref &quot;%1&quot; is already the name of a record made by an earlier operation of this batch: give this one another name.</source>
        <translation>Il riferimento &quot;%1&quot; è già il nome di un record creato da un&apos;operazione precedente di questo lotto: dare a questo un altro nome.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, more than a batch of operations can be: split it into several files.</source>
        <translation>%1 supera %2 MB, più di quanto possa essere un lotto di operazioni: dividerlo in più file.</translation>
    </message>
    <message>
        <source>The batch</source>
        <translation>Il lotto</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>Social co-operatives and co-operation bodies</source>
        <translation>Cooperative sociali e organismi della cooperazione</translation>
    </message>
    <message>
        <source>Volunteer organisations</source>
        <translation>Organizzazioni di volontariato</translation>
    </message>
    <message>
        <source>Social promotion associations and bodies</source>
        <translation>Associazioni ed enti di promozione sociale</translation>
    </message>
    <message>
        <source>Care-home foundations</source>
        <translation>Fondazioni delle case di riposo</translation>
    </message>
    <message>
        <source>Local foundations for social promotion</source>
        <translation>Fondazioni locali per la promozione sociale</translation>
    </message>
    <message>
        <source>Patronage bodies</source>
        <translation>Enti di patronato</translation>
    </message>
    <message>
        <source>Family associations</source>
        <translation>Associazioni familiari</translation>
    </message>
    <message>
        <source>Family Forum</source>
        <translation>Forum delle Famiglie</translation>
    </message>
    <message>
        <source>Bodies recognised by religious confessions</source>
        <translation>Enti riconosciuti dalle confessioni religiose</translation>
    </message>
    <message>
        <source>Other (no seat)</source>
        <translation>Altro (senza seggio)</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>&quot;%1&quot; is not a column mapping: write COLUMN=FIELD.</source>
        <translation>«%1» non è un&apos;associazione di colonna: scrivere COLONNA=CAMPO.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in &quot;%2&quot;. Fields: %3, or - to ignore the column.</source>
        <translation>Campo sconosciuto «%1» in «%2». Campi: %3, oppure - per ignorare la colonna.</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot;. Its columns: %2.</source>
        <translation>Il file non ha la colonna «%1». Le sue colonne: %2.</translation>
    </message>
    <message>
        <source>Both column &quot;%1&quot; and column &quot;%2&quot; would fill the field %3: map one of them to another field or to - with --map.</source>
        <translation>Sia la colonna «%1» sia la colonna «%2» riempirebbero il campo %3: associarne una a un altro campo o a - con --map.</translation>
    </message>
    <message>
        <source>No column gives the field %1. Name a column for it with --map COLUMN=%1. The file&apos;s columns: %2.</source>
        <translation>Nessuna colonna fornisce il campo %1. Indicarne una con --map COLONNA=%1. Le colonne del file: %2.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Apply the whole batch in one transaction, rolled back at the first refusal.</source>
        <translation>Applica l&apos;intero lotto in un&apos;unica transazione, annullata al primo rifiuto.</translation>
    </message>
    <message>
        <source>The JSON batch, or - for stdin.</source>
        <translation>Il lotto JSON, oppure - per lo standard input.</translation>
    </message>
    <message>
        <source>A file already exists at %1: init creates new archives only, and leaves existing files untouched.</source>
        <translation>Esiste già un file in %1: init crea solo archivi nuovi e non modifica i file esistenti.</translation>
    </message>
    <message>
        <source>Created the archive %1 (schema %2).</source>
        <translation>Creato l&apos;archivio %1 (schema %2).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Stampa in JSON.</translation>
    </message>
    <message>
        <source>The archive file (default: $TAVOLO_DB, else the user&apos;s data folder).</source>
        <translation>Il file d&apos;archivio (predefinito: $TAVOLO_DB, altrimenti la cartella dati dell&apos;utente).</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Il comando.</translation>
    </message>
    <message>
        <source>The Tavolo on %1</source>
        <translation>Il Tavolo al %1</translation>
    </message>
    <message>
        <source>(vacant)</source>
        <translation>(vacante)</translation>
    </message>
    <message>
        <source>, delegate %1</source>
        <translation>, delegato %1</translation>
    </message>
    <message>
        <source>Meetings this year: %1 of at least %2</source>
        <translation>Sedute quest&apos;anno: %1 su almeno %2</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Nessun problema.</translation>
    </message>
    <message>
        <source>The date (default: today).</source>
        <translation>La data (predefinita: oggi).</translation>
    </message>
    <message>
        <source>Only this table.</source>
        <translation>Solo questa tabella.</translation>
    </message>
    <message>
        <source>Only this row (needs --table).</source>
        <translation>Solo questa riga (richiede --table).</translation>
    </message>
    <message>
        <source>From this UTC date (YYYY-MM-DD).</source>
        <translation>Da questa data UTC (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Up to this UTC date (YYYY-MM-DD).</source>
        <translation>Fino a questa data UTC (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Print CSV for a spreadsheet.</source>
        <translation>Stampa CSV per un foglio di calcolo.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Copia di sicurezza scritta in %1</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Ripristinato %1 da %2.</translation>
    </message>
    <message>
        <source>The archive it replaced is kept as %1</source>
        <translation>L&apos;archivio sostituito è conservato come %1</translation>
    </message>
    <message>
        <source>The meeting&apos;s id.</source>
        <translation>L&apos;id della seduta.</translation>
    </message>
    <message>
        <source>The folder to write to.</source>
        <translation>La cartella in cui scrivere.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created.</source>
        <translation>Non è possibile creare la cartella «%1».</translation>
    </message>
    <message>
        <source>File read as %1, separator &quot;%2&quot;.</source>
        <translation>File letto come %1, separatore «%2».</translation>
    </message>
    <message>
        <source>Columns: %1.</source>
        <translation>Colonne: %1.</translation>
    </message>
    <message>
        <source>Ignored columns: %1.</source>
        <translation>Colonne ignorate: %1.</translation>
    </message>
    <message>
        <source>line %1 (%2): [%3] %4</source>
        <translation>riga %1 (%2): [%3] %4</translation>
    </message>
    <message>
        <source>Check every record and write nothing.</source>
        <translation>Controlla ogni record senza scrivere nulla.</translation>
    </message>
    <message>
        <source>Read COLUMN into FIELD (FIELD - ignores the column).</source>
        <translation>Legge COLONNA nel CAMPO (CAMPO - ignora la colonna).</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Stampa il resoconto in JSON.</translation>
    </message>
    <message>
        <source>%1 is too large for a register (over 64 MB): is it the right file?</source>
        <translation>%1 è troppo grande per un registro (oltre 64 MB): è il file giusto?</translation>
    </message>
    <message>
        <source>Set a letterhead value.</source>
        <translation>Imposta un valore della carta intestata.</translation>
    </message>
    <message>
        <source>The logo image to keep in the archive.</source>
        <translation>L&apos;immagine del logo da conservare nell&apos;archivio.</translation>
    </message>
    <message>
        <source>The letter template (HTML with placeholders).</source>
        <translation>Il modello della lettera (HTML con segnaposto).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE.</source>
        <translation>«%1» non è nella forma CHIAVE=VALORE.</translation>
    </message>
    <message>
        <source>Print JSON (the only format).</source>
        <translation>Stampa JSON (l&apos;unico formato).</translation>
    </message>
    <message>
        <source>No person in the register has the tax code %1.</source>
        <translation>Nessuna persona del registro ha il codice fiscale %1.</translation>
    </message>
    <message>
        <source>Person %1 anonymised: now &quot;%2 %3&quot;; tax code, contacts and notes cleared, also in the audit trail.</source>
        <translation>Persona %1 anonimizzata: ora «%2 %3»; codice fiscale, recapiti e note cancellati, anche nel registro delle modifiche.</translation>
    </message>
    <message>
        <source>A working group&apos;s meeting id.</source>
        <translation>L&apos;id della riunione di un gruppo di lavoro.</translation>
    </message>
    <message numerus="yes">
        <source>Records with problems: %n of %1. Nothing was written.</source>
        <translation>
            <numerusform>Record con problemi: %n su %1. Non è stato scritto nulla.</numerusform>
            <numerusform>Record con problemi: %n su %1. Non è stato scritto nulla.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) checked, no problems. Nothing was written (dry run).</source>
        <translation>
            <numerusform>%n record controllato, nessun problema. Non è stato scritto nulla (prova).</numerusform>
            <numerusform>%n record controllati, nessun problema. Non è stato scritto nulla (prova).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record importato.</numerusform>
            <numerusform>%n record importati.</numerusform>
        </translation>
    </message>
    <message>
        <source>command line</source>
        <translation>riga di comando</translation>
    </message>
    <message>
        <source>create an empty archive</source>
        <translation>crea un archivio vuoto</translation>
    </message>
    <message>
        <source>init</source>
        <translation>init</translation>
    </message>
    <message>
        <source>apply a JSON array of operations</source>
        <translation>applica un array JSON di operazioni</translation>
    </message>
    <message>
        <source>apply [--atomic] FILE|-</source>
        <translation>apply [--atomic] FILE|-</translation>
    </message>
    <message>
        <source>list the organisations</source>
        <translation>elenca gli enti</translation>
    </message>
    <message>
        <source>org list [--json]</source>
        <translation>org list [--json]</translation>
    </message>
    <message>
        <source>list the people; everything held about one (GDPR); anonymise one</source>
        <translation>elenca le persone; tutto ciò che è conservato su una persona (GDPR); anonimizza una persona</translation>
    </message>
    <message>
        <source>person list [--json]
person export ID|TAXCODE [--json]
person anonymise ID|TAXCODE</source>
        <translation>person list [--json]
person export ID|CODICEFISCALE [--json]
person anonymise ID|CODICEFISCALE</translation>
    </message>
    <message>
        <source>the composition on a date and every problem of the rules</source>
        <translation>la composizione a una data e ogni problema delle regole</translation>
    </message>
    <message>
        <source>check [--date YYYY-MM-DD] [--json]</source>
        <translation>check [--date AAAA-MM-GG] [--json]</translation>
    </message>
    <message>
        <source>show or change the letters&apos; letterhead</source>
        <translation>mostra o modifica la carta intestata delle lettere</translation>
    </message>
    <message>
        <source>letterhead [--set KEY=VALUE]… [--logo FILE] [--template FILE]</source>
        <translation>letterhead [--set CHIAVE=VALORE]… [--logo FILE] [--template FILE]</translation>
    </message>
    <message>
        <source>the audit trail of every change</source>
        <translation>il registro di ogni modifica</translation>
    </message>
    <message>
        <source>audit [--table TABLE [--id ID]] [--from DATE] [--to DATE] [--json|--csv]</source>
        <translation>audit [--table TABELLA [--id ID]] [--from DATA] [--to DATA] [--json|--csv]</translation>
    </message>
    <message>
        <source>import a spreadsheet of organisations or people, all or nothing</source>
        <translation>importa un foglio di calcolo di enti o di persone, tutto o niente</translation>
    </message>
    <message>
        <source>import orgs|people FILE.csv [--dry-run] [--map COLUMN=FIELD]... [--json]</source>
        <translation>import orgs|people FILE.csv [--dry-run] [--map COLONNA=CAMPO]... [--json]</translation>
    </message>
    <message>
        <source>copy the archive (default: into its backup folder)</source>
        <translation>copia l&apos;archivio (predefinito: nella sua cartella delle copie)</translation>
    </message>
    <message>
        <source>backup [COPY]</source>
        <translation>backup [COPIA]</translation>
    </message>
    <message>
        <source>replace the archive with a backup, keeping the old one</source>
        <translation>sostituisce l&apos;archivio con una copia, conservando il vecchio</translation>
    </message>
    <message>
        <source>restore BACKUP</source>
        <translation>restore COPIA</translation>
    </message>
    <message>
        <source>the list of commands, or one command&apos;s usage</source>
        <translation>l&apos;elenco dei comandi, o come si usa un comando</translation>
    </message>
    <message>
        <source>help [COMMAND]</source>
        <translation>help [COMANDO]</translation>
    </message>
    <message>
        <source>Tavolo from the command line.</source>
        <translation>Tavolo da riga di comando.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandi:</translation>
    </message>
    <message>
        <source>&quot;tavolo-cli help COMMAND&quot; or &quot;tavolo-cli COMMAND --help&quot; shows the command&apos;s usage.</source>
        <translation>&quot;tavolo-cli help COMANDO&quot; o &quot;tavolo-cli COMANDO --help&quot; mostra come si usa il comando.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Uso:</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. &quot;tavolo-cli help&quot; lists the commands.</source>
        <translation>Comando &quot;%1&quot; sconosciuto. &quot;tavolo-cli help&quot; elenca i comandi.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean: %2? &quot;tavolo-cli help&quot; lists the commands.</source>
        <translation>Comando &quot;%1&quot; sconosciuto. Forse: %2? &quot;tavolo-cli help&quot; elenca i comandi.</translation>
    </message>
    <message>
        <source>The standard input</source>
        <translation>L&apos;input standard</translation>
    </message>
    <message>
        <source>Cycle %1: %2 tables (%3 with no meeting yet), %4 submissions (%5 late, %6 awaiting a decision), %7 admitted, %8 adhesions</source>
        <translation>Ciclo %1: %2 tavoli (%3 ancora senza sedute), %4 domande (%5 fuori termine, %6 in attesa di decisione), %7 ammesse, %8 adesioni</translation>
    </message>
    <message>
        <source>the Piano di Zona&apos;s cycles; attendance over a cycle per body and table</source>
        <translation>i cicli del Piano di Zona; le presenze in un ciclo per ente e per tavolo</translation>
    </message>
    <message>
        <source>cycle list [--json]
cycle attendance --cycle ID [--json|--csv]</source>
        <translation>cycle list [--json]
cycle attendance --cycle ID [--json|--csv]</translation>
    </message>
    <message>
        <source>a call for expressions of interest and its submissions</source>
        <translation>un avviso di manifestazione d&apos;interesse e le domande ricevute</translation>
    </message>
    <message>
        <source>call show ID [--json]</source>
        <translation>call show ID [--json]</translation>
    </message>
    <message>
        <source>a planning table, its participants and meetings</source>
        <translation>un tavolo di programmazione, i partecipanti e le sedute</translation>
    </message>
    <message>
        <source>table show ID [--json]</source>
        <translation>table show ID [--json]</translation>
    </message>
    <message>
        <source>  form %1: %2, due %3</source>
        <translation>  allegato %1: %2, scadenza %3</translation>
    </message>
    <message>
        <source>  %1, from %2</source>
        <translation>  %1, dal %2</translation>
    </message>
    <message>
        <source>%1: invited %2, present %3, excused %4, absent %5 (%6)</source>
        <translation>%1: convocato %2, presente %3, giustificato %4, assente %5 (%6)</translation>
    </message>
    <message>
        <source>The cycle.</source>
        <translation>Il ciclo.</translation>
    </message>
    <message>
        <source>There is no cycle with id %1.</source>
        <translation>Non esiste un ciclo con id %1.</translation>
    </message>
    <message>
        <source>There is no call with id %1.</source>
        <translation>Non esiste un avviso con id %1.</translation>
    </message>
    <message>
        <source>There is no planning table with id %1.</source>
        <translation>Non esiste un tavolo di programmazione con id %1.</translation>
    </message>
    <message>
        <source>The protocol number of the letters or the receipt.</source>
        <translation>Il numero di protocollo delle lettere o della ricevuta.</translation>
    </message>
    <message>
        <source>The call&apos;s id.</source>
        <translation>L&apos;id dell&apos;avviso.</translation>
    </message>
    <message>
        <source>The submission&apos;s id.</source>
        <translation>L&apos;id della domanda.</translation>
    </message>
    <message>
        <source>The cycle&apos;s id.</source>
        <translation>L&apos;id del ciclo.</translation>
    </message>
    <message>
        <source>The register for publication: without contact people, e-mail or PEC.</source>
        <translation>Il registro da pubblicare: senza referenti, e-mail o PEC.</translation>
    </message>
    <message>
        <source>the office&apos;s objectives: phases, progress, indicators expected against actual; the named measures</source>
        <translation>gli obiettivi dell&apos;ufficio: fasi, avanzamento, indicatori atteso contro effettivo; le misure con nome</translation>
    </message>
    <message>
        <source>objective list [--date YYYY-MM-DD] [--json]
objective show CODE|ID [--date YYYY-MM-DD] [--json]
objective measures [--json]</source>
        <translation>objective list [--date AAAA-MM-GG] [--json]
objective show CODICE|ID [--date AAAA-MM-GG] [--json]
objective measures [--json]</translation>
    </message>
    <message>
        <source>  Type %1, classification %2, years %3</source>
        <translation>  Tipologia %1, classificazione %2, anni %3</translation>
    </message>
    <message>
        <source>  Direction %1 (director %2); service %3 (manager %4)</source>
        <translation>  Direzione %1 (direttore %2); servizio %3 (dirigente %4)</translation>
    </message>
    <message>
        <source>  DUP strategic direction: %1 %2</source>
        <translation>  Indirizzo strategico D.U.P.: %1 %2</translation>
    </message>
    <message>
        <source>  DUP strategic objective: %1 %2</source>
        <translation>  Obiettivo strategico D.U.P.: %1 %2</translation>
    </message>
    <message>
        <source>Phases (progress weighted by phase: %1%)</source>
        <translation>Fasi (avanzamento pesato per fase: %1%)</translation>
    </message>
    <message>
        <source>  %1. %2 – weight %3, planned %4, actual %5, done %6%</source>
        <translation>  %1. %2 – peso %3, previsto %4, effettivo %5, svolto %6%</translation>
    </message>
    <message>
        <source>none typed in</source>
        <translation>nessun valore inserito</translation>
    </message>
    <message>
        <source>  %1. %2 (%3): expected %4, actual %5</source>
        <translation>  %1. %2 (%3): atteso %4, effettivo %5</translation>
    </message>
    <message>
        <source>     typed in for %1</source>
        <translation>     inserito per il %1</translation>
    </message>
    <message>
        <source>     computed on %1 by the measure «%2»</source>
        <translation>     calcolato al %1 con la misura «%2»</translation>
    </message>
    <message>
        <source>There is no objective %1.</source>
        <translation>Non esiste l&apos;obiettivo %1.</translation>
    </message>
    <message>
        <source>Indicators on %1</source>
        <translation>Indicatori al %1</translation>
    </message>
    <message>
        <source>Copied %1 rows of %2 into %3.</source>
        <translation>Copiate %1 righe di %2 in %3.</translation>
    </message>
    <message>
        <source>a meeting&apos;s letters, attendance sheet, calendar or minutes; the composition; a call&apos;s register of submissions, a receipt, a cycle&apos;s adherents and attendance; the annual report</source>
        <translation>lettere, foglio presenze, calendario o verbale di una seduta; la composizione; il registro delle domande di un avviso, una ricevuta, gli aderenti e le presenze di un ciclo; la relazione annuale</translation>
    </message>
    <message>
        <source>export letters|attendance|ics --meeting ID|--group-meeting ID --out DIR [--protocol N]
export minutes --meeting ID --out DIR [--format pdf|odt]
export composition [--date YYYY-MM-DD] --out DIR
export submissions --call ID [--publication] [--date YYYY-MM-DD] --out DIR
export receipt --submission ID --protocol N [--date YYYY-MM-DD] --out DIR
export adherents|cycle-attendance --cycle ID [--date YYYY-MM-DD] --out DIR
export report --year YYYY --out DIR [--format pdf|odt]
(export attendance --cycle ID, the older name of cycle-attendance, still works)</source>
        <translation>export letters|attendance|ics --meeting ID|--group-meeting ID --out CARTELLA [--protocol N]
export minutes --meeting ID --out CARTELLA [--format pdf|odt]
export composition [--date AAAA-MM-GG] --out CARTELLA
export submissions --call ID [--publication] [--date AAAA-MM-GG] --out CARTELLA
export receipt --submission ID --protocol N [--date AAAA-MM-GG] --out CARTELLA
export adherents|cycle-attendance --cycle ID [--date AAAA-MM-GG] --out CARTELLA
export report --year AAAA --out CARTELLA [--format pdf|odt]
(export attendance --cycle ID, il nome precedente di cycle-attendance, funziona ancora)</translation>
    </message>
    <message>
        <source>The format of the minutes or the annual report: pdf (default) or odt.</source>
        <translation>Il formato del verbale o della relazione annuale: pdf (predefinito) oppure odt.</translation>
    </message>
    <message>
        <source>The year of the annual report.</source>
        <translation>L&apos;anno della relazione annuale.</translation>
    </message>
    <message>
        <source>copy an archive file onto the office server, or the server&apos;s into a new file</source>
        <translation>copia un file d&apos;archivio sul server dell&apos;ufficio, o l&apos;archivio del server in un file nuovo</translation>
    </message>
    <message>
        <source>copy [--from ARCHIVE] --to ARCHIVE</source>
        <translation>copy [--from ARCHIVIO] --to ARCHIVIO</translation>
    </message>
</context>
<context>
    <name>ComplianceRules</name>
    <message>
        <source>The Tavolo has no chair on %1: assign the office of %2, or a delegate.</source>
        <translation>Il %1 il Tavolo non ha un presidente: assegnare la carica di %2 o nominare un delegato.</translation>
    </message>
    <message>
        <source>The composition is incomplete on %1: nobody holds the office of %2. Assign it%3.</source>
        <translation>Il %1 la composizione è incompleta: nessuno ricopre la carica di %2. Assegnarla%3.</translation>
    </message>
    <message>
        <source> or name a delegate</source>
        <translation> o nominare un delegato</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; has %2 of %3 seat(s) vacant on %4: ask its organisations to designate a representative.</source>
        <translation>Il %4 la categoria «%1» ha seggi vacanti: %2 su %3. Chiedere ai suoi enti di designare un rappresentante.</translation>
    </message>
    <message>
        <source>The request to convene of %1 is unanswered past its deadline (%2): convene the requested meeting now.</source>
        <translation>La richiesta di convocazione del %1 non è stata evasa entro il termine (%2): convocare subito la seduta richiesta.</translation>
    </message>
    <message>
        <source>The working group &quot;%1&quot; held its first meeting on %2 without ratifying a coordinator: propose one among its participants and ratify at the next meeting.</source>
        <translation>Il gruppo di lavoro «%1» ha svolto la prima riunione il %2 senza ratificare un coordinatore: proporne uno tra i partecipanti e ratificarlo alla prossima riunione.</translation>
    </message>
    <message numerus="yes">
        <source>In %1 the Tavolo met %n time(s); the regulation requires at least %2.</source>
        <translation>
            <numerusform>Nel %1 il Tavolo si è riunito %n volta; il regolamento ne richiede almeno %2.</numerusform>
            <numerusform>Nel %1 il Tavolo si è riunito %n volte; il regolamento ne richiede almeno %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>So far in %1 the Tavolo has %n meeting(s) held or convened; at least %2 are required by 31 December.</source>
        <translation>
            <numerusform>Finora nel %1 il Tavolo ha %n seduta svolta o convocata; ne servono almeno %2 entro il 31 dicembre.</numerusform>
            <numerusform>Finora nel %1 il Tavolo ha %n sedute svolte o convocate; ne servono almeno %2 entro il 31 dicembre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The request to convene of %1 is open: convene the requested meeting by %2 (%n day(s) left).</source>
        <translation>
            <numerusform>La richiesta di convocazione del %1 è da evadere: convocare la seduta richiesta entro il %2 (manca %n giorno).</numerusform>
            <numerusform>La richiesta di convocazione del %1 è da evadere: convocare la seduta richiesta entro il %2 (mancano %n giorni).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompositionCommands</name>
    <message>
        <source>Designate %1</source>
        <translation>Designazione di %1</translation>
    </message>
    <message>
        <source>End designation</source>
        <translation>Fine di una designazione</translation>
    </message>
    <message>
        <source>Assign office</source>
        <translation>Assegnazione di una carica</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>Aggiunta di una delega</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@domain.it).</source>
        <translation>«%1» non è un indirizzo e-mail (atteso nome@dominio.it).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PEC address (expected name@pec.domain.it).</source>
        <translation>«%1» non è un indirizzo PEC (atteso nome@pec.dominio.it).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number.</source>
        <translation>«%1» non è un numero di telefono.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The quoted field that opens on line %1 is never closed: check for a missing quote (&quot;) in the file.</source>
        <translation>Il campo tra virgolette che si apre alla riga %1 non si chiude mai: controllare se nel file manca una virgoletta (&quot;).</translation>
    </message>
    <message>
        <source>The file mixes two encodings: line %1 is written as UTF-8 and line %2 as Windows-1252 (&quot;ANSI&quot;), so accented letters would be garbled in one of them. Open it in the spreadsheet and save it again as &quot;CSV UTF-8&quot;.</source>
        <translation>Il file mescola due codifiche: la riga %1 è scritta in UTF-8 e la riga %2 in Windows-1252 (&quot;ANSI&quot;), quindi in una delle due le lettere accentate risulterebbero alterate. Aprirlo nel foglio di calcolo e salvarlo di nuovo come &quot;CSV UTF-8&quot;.</translation>
    </message>
</context>
<context>
    <name>CycleCommands</name>
    <message>
        <source>New cycle</source>
        <translation>Nuovo ciclo</translation>
    </message>
    <message>
        <source>Edit cycle</source>
        <translation>Modifica del ciclo</translation>
    </message>
    <message>
        <source>New planning table</source>
        <translation>Nuovo tavolo di programmazione</translation>
    </message>
    <message>
        <source>Add table participant</source>
        <translation>Aggiunta di un partecipante al tavolo</translation>
    </message>
    <message>
        <source>Record submission</source>
        <translation>Registrazione di una domanda</translation>
    </message>
    <message>
        <source>Decide late submission</source>
        <translation>Decisione su una domanda fuori termine</translation>
    </message>
    <message>
        <source>Record adhesion</source>
        <translation>Registrazione di un&apos;adesione</translation>
    </message>
</context>
<context>
    <name>CycleDocuments</name>
    <message>
        <source>There is no call with id %1.</source>
        <translation>Non esiste un avviso con id %1.</translation>
    </message>
    <message>
        <source>There is no submission with id %1.</source>
        <translation>Non esiste una domanda con id %1.</translation>
    </message>
    <message>
        <source>There is no cycle with id %1.</source>
        <translation>Non esiste un ciclo con id %1.</translation>
    </message>
</context>
<context>
    <name>CycleFields</name>
    <message>
        <source>The field &quot;%1&quot; must be a day and time written YYYY-MM-DDTHH:MM; &quot;%2&quot; is not.</source>
        <translation>Il campo &quot;%1&quot; deve essere un giorno e un&apos;ora scritti AAAA-MM-GGTHH:MM; &quot;%2&quot; non lo è.</translation>
    </message>
    <message>
        <source>There is no cycle with id %1.</source>
        <translation>Non esiste un ciclo con id %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of table: target, plenary or co-programming.</source>
        <translation>&quot;%1&quot; non è un tipo di tavolo: target, plenary o co-programming.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a channel: pec, email, hand or post.</source>
        <translation>&quot;%1&quot; non è un canale: pec, email, hand o post.</translation>
    </message>
    <message>
        <source>Say whether the submission is admitted: &quot;admit&quot;: true or false.</source>
        <translation>Indicare se la domanda è ammessa: &quot;admit&quot;: true o false.</translation>
    </message>
    <message>
        <source>There is no submission with id %1.</source>
        <translation>Non esiste una domanda con id %1.</translation>
    </message>
</context>
<context>
    <name>CycleJson</name>
    <message>
        <source>Body</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convocati</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Giustificati</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assenti</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>Tasso %</translation>
    </message>
</context>
<context>
    <name>CyclePersonalData</name>
    <message>
        <source>«%1» (%2)</source>
        <translation>«%1» (%2)</translation>
    </message>
    <message>
        <source>«%1»</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 cannot be anonymised while still taking part in a planning table of the Piano di Zona: %2. End those participations first (table.participant.end); the history stays, under the pseudonym.</source>
        <translation>I dati di %1 non si possono anonimizzare finché partecipa a un tavolo di programmazione del Piano di Zona: %2. Registrarne prima la fine della partecipazione (table.participant.end); lo storico resta, sotto lo pseudonimo.</translation>
    </message>
</context>
<context>
    <name>CycleRules</name>
    <message>
        <source>the planning table #%1</source>
        <translation>il tavolo di programmazione n. %1</translation>
    </message>
    <message>
        <source>the target table &quot;%1&quot;</source>
        <translation>il tavolo tematico «%1»</translation>
    </message>
    <message>
        <source>the target table &quot;%1&quot; (%2)</source>
        <translation>il tavolo tematico «%1» (%2)</translation>
    </message>
    <message>
        <source>the plenary &quot;%1&quot;</source>
        <translation>la plenaria «%1»</translation>
    </message>
    <message>
        <source>the co-programming table &quot;%1&quot;</source>
        <translation>il tavolo di co-programmazione «%1»</translation>
    </message>
    <message>
        <source>Give the cycle a name.</source>
        <translation>Indicare il nome del ciclo.</translation>
    </message>
    <message>
        <source>A cycle has a first and a last day, in this order.</source>
        <translation>Un ciclo ha un primo e un ultimo giorno, in quest&apos;ordine.</translation>
    </message>
    <message>
        <source>A cycle named &quot;%1&quot; already exists.</source>
        <translation>Esiste già un ciclo di nome «%1».</translation>
    </message>
    <message>
        <source>Each sub-area has a name of its own.</source>
        <translation>Ogni sub-ambito ha un nome proprio.</translation>
    </message>
    <message>
        <source>An act has a date and a reference.</source>
        <translation>Un atto ha una data e un riferimento.</translation>
    </message>
    <message>
        <source>The act of %1 comes after the cycle&apos;s last day (%2).</source>
        <translation>L&apos;atto del %1 è successivo all&apos;ultimo giorno del ciclo (%2).</translation>
    </message>
    <message>
        <source>The programme agreement (%1) adopts the plan: it cannot come before the plan&apos;s approval (%2).</source>
        <translation>L&apos;accordo di programma (%1) adotta il piano: non può precedere l&apos;approvazione del piano (%2).</translation>
    </message>
    <message>
        <source>There is no cycle with id %1.</source>
        <translation>Non esiste un ciclo con id %1.</translation>
    </message>
    <message>
        <source>Give the table a name.</source>
        <translation>Indicare il nome del tavolo.</translation>
    </message>
    <message>
        <source>The cycle %1 already has a table named &quot;%2&quot;.</source>
        <translation>Il ciclo %1 ha già un tavolo di nome «%2».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sub-area of the cycle %2: give &quot;ambito&quot; or one of its sub-areas.</source>
        <translation>«%1» non è un sub-ambito del ciclo %2: indicare &quot;ambito&quot; o uno dei suoi sub-ambiti.</translation>
    </message>
    <message>
        <source>Plenaries and co-programming tables work at the level of the whole Ambito.</source>
        <translation>Le plenarie e i tavoli di co-programmazione lavorano a livello dell&apos;intero Ambito.</translation>
    </message>
    <message>
        <source>There is no planning table with id %1.</source>
        <translation>Non esiste un tavolo di programmazione con id %1.</translation>
    </message>
    <message>
        <source>Give the day from which the person takes part.</source>
        <translation>Indicare il giorno da cui la persona partecipa.</translation>
    </message>
    <message>
        <source>%1 already takes part in %2 from %3.</source>
        <translation>%1 partecipa già a %2 dal %3.</translation>
    </message>
    <message>
        <source>Give the call a title.</source>
        <translation>Indicare il titolo dell&apos;avviso.</translation>
    </message>
    <message>
        <source>A call has at least one form, each with its deadline.</source>
        <translation>Un avviso ha almeno un allegato, ciascuno con la sua scadenza.</translation>
    </message>
    <message>
        <source>Each form of a call has a letter of its own (A, B, …).</source>
        <translation>Ogni allegato di un avviso ha una lettera propria (A, B, …).</translation>
    </message>
    <message>
        <source>The form %1 has no deadline.</source>
        <translation>L&apos;allegato %1 non ha una scadenza.</translation>
    </message>
    <message>
        <source>The deadline of the form %1 (%2) comes before the call&apos;s publication (%3).</source>
        <translation>La scadenza dell&apos;allegato %1 (%2) precede la pubblicazione dell&apos;avviso (%3).</translation>
    </message>
    <message>
        <source>The cycle %1 has no planning table with id %2.</source>
        <translation>Il ciclo %1 non ha un tavolo di programmazione con id %2.</translation>
    </message>
    <message>
        <source>There is no organisation with id %1.</source>
        <translation>Non esiste un ente con id %1.</translation>
    </message>
    <message>
        <source>Give the day of the request to adhere.</source>
        <translation>Indicare il giorno della richiesta di adesione.</translation>
    </message>
    <message>
        <source>%1 already adheres to the programme agreement of the cycle %2 (request of %3).</source>
        <translation>%1 aderisce già all&apos;accordo di programma del ciclo %2 (richiesta del %3).</translation>
    </message>
    <message>
        <source>the register names no person of it</source>
        <translation>il registro non riporta alcuna persona dell&apos;ente</translation>
    </message>
    <message>
        <source>none of its people (%1) is recorded present</source>
        <translation>nessuna delle sue persone (%1) risulta presente</translation>
    </message>
    <message numerus="yes">
        <source>%1 took no part in drafting the plan of the cycle %2: %3 at any of the %n held meeting(s) of the cycle&apos;s tables and plenaries.</source>
        <translation>
            <numerusform>%1 non ha partecipato all&apos;elaborazione del piano del ciclo %2: %3 all&apos;unica seduta tenuta dei tavoli e delle plenarie del ciclo.</numerusform>
            <numerusform>%1 non ha partecipato all&apos;elaborazione del piano del ciclo %2: %3 ad alcuna delle %n sedute tenute dei tavoli e delle plenarie del ciclo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleStatusRules</name>
    <message numerus="yes">
        <source>The call &quot;%1&quot; has %n late submission(s) awaiting your decision.</source>
        <translation>
            <numerusform>L&apos;avviso «%1» ha %n domanda fuori termine in attesa della tua decisione.</numerusform>
            <numerusform>L&apos;avviso «%1» ha %n domande fuori termine in attesa della tua decisione.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting yet for %1 of the cycle %2.</source>
        <translation>Nessuna seduta ancora per %1 del ciclo %2.</translation>
    </message>
</context>
<context>
    <name>CycleStore</name>
    <message>
        <source>There is no cycle with id %1.</source>
        <translation>Non esiste un ciclo con id %1.</translation>
    </message>
</context>
<context>
    <name>CycleSummary</name>
    <message>
        <source>%1 (R-L, R-M)</source>
        <translation>%1 (R-L, R-M)</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in corso</translation>
    </message>
    <message>
        <source>ended on %1</source>
        <translation>concluso il %1</translation>
    </message>
    <message>
        <source>Planning tables</source>
        <translation>Tavoli di programmazione</translation>
    </message>
    <message numerus="yes">
        <source>%n, each has met</source>
        <translation>
            <numerusform>%n, già riunito</numerusform>
            <numerusform>%n, tutti già riuniti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n, of which %1 with no meeting yet</source>
        <translation>
            <numerusform>%n, di cui %1 ancora senza sedute</numerusform>
            <numerusform>%n, di cui %1 ancora senza sedute</numerusform>
        </translation>
    </message>
    <message>
        <source>no meeting yet</source>
        <translation>ancora senza sedute</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Domande</translation>
    </message>
    <message numerus="yes">
        <source>%n received, %1 late, %2 admitted</source>
        <translation>
            <numerusform>%n pervenuta, %1 fuori termine, %2 ammesse</numerusform>
            <numerusform>%n pervenute, %1 fuori termine, %2 ammesse</numerusform>
        </translation>
    </message>
    <message>
        <source>Late submissions awaiting a decision</source>
        <translation>Domande fuori termine in attesa di decisione</translation>
    </message>
    <message>
        <source>Adhesions to the programme agreement</source>
        <translation>Adesioni all&apos;accordo di programma</translation>
    </message>
</context>
<context>
    <name>CycleTerms</name>
    <message>
        <source>target table</source>
        <translation>tavolo tematico</translation>
    </message>
    <message>
        <source>plenary</source>
        <translation>plenaria</translation>
    </message>
    <message>
        <source>co-programming table</source>
        <translation>tavolo di co-programmazione</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>a mano</translation>
    </message>
    <message>
        <source>post</source>
        <translation>posta</translation>
    </message>
    <message>
        <source>awaiting decision</source>
        <translation>in attesa di decisione</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>ammessa</translation>
    </message>
    <message>
        <source>not admitted</source>
        <translation>non ammessa</translation>
    </message>
    <message>
        <source>late</source>
        <translation>fuori termine</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>nei termini</translation>
    </message>
</context>
<context>
    <name>DesignationRules</name>
    <message>
        <source>%1 belongs to the category &quot;%2&quot;, which holds no seat on the Tavolo: it may take part as a guest or in a working group. Correct its category if it is wrong.</source>
        <translation>%1 appartiene alla categoria «%2», che non ha seggi nel Tavolo: può partecipare come invitato o in un gruppo di lavoro. Correggere la categoria se è errata.</translation>
    </message>
    <message>
        <source>A designation is made by formal act: give the act&apos;s date.</source>
        <translation>La designazione avviene con atto formale: indicare la data dell&apos;atto.</translation>
    </message>
    <message>
        <source>A designation is made by formal act: give the act&apos;s reference (protocol number).</source>
        <translation>La designazione avviene con atto formale: indicare gli estremi dell&apos;atto (numero di protocollo).</translation>
    </message>
    <message>
        <source>The designation ends (%1) before it starts (%2): check the dates.</source>
        <translation>La designazione termina (%1) prima di iniziare (%2): controllare le date.</translation>
    </message>
    <message>
        <source>The act is dated %1, after the term starts (%2): check the dates.</source>
        <translation>L&apos;atto è datato %1, dopo l&apos;inizio dell&apos;incarico (%2): controllare le date.</translation>
    </message>
    <message numerus="yes">
        <source>The category &quot;%1&quot; has %n seat(s), and on %2 they are held by: %3. End one of those designations first, or start this one after a seat is free.</source>
        <translation>
            <numerusform>La categoria «%1» ha %n seggio e il %2 è occupato da: %3. Registrare prima la cessazione di quella designazione, o far decorrere questa da quando il seggio è libero.</numerusform>
            <numerusform>La categoria «%1» ha %n seggi e il %2 sono occupati da: %3. Registrare prima la cessazione di una di quelle designazioni, o far decorrere questa da quando un seggio è libero.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already holds a seat for %2 (%3): a person holds one seat at a time. End that designation first.</source>
        <translation>%1 occupa già un seggio per %2 (%3): una persona occupa un solo seggio alla volta. Registrare prima la cessazione di quella designazione.</translation>
    </message>
    <message>
        <source>There is no designation with id %1.</source>
        <translation>Non esiste una designazione con id %1.</translation>
    </message>
    <message>
        <source>The designation of %1</source>
        <translation>La designazione di %1</translation>
    </message>
    <message>
        <source>%1 belongs to %2 in the register, not to %3: check that it is %3 that designates them.</source>
        <translation>%1 risulta nel registro come persona di %2, non di %3: verificare che sia %3 a designarla.</translation>
    </message>
    <message>
        <source>%1 is the delegate for the office of %2 on %3 and sits on the Tavolo for it: check that %4 means to designate them as its representative.</source>
        <translation>%1 è delegato per la carica di %2 il %3 e per questo siede al Tavolo: verificare che %4 intenda designarlo come proprio rappresentante.</translation>
    </message>
    <message>
        <source>%1 holds the office of %2 on %3 and sits on the Tavolo for it: check that %4 means to designate them as its representative.</source>
        <translation>%1 ricopre la carica di %2 il %3 e per questo siede al Tavolo: verificare che %4 intenda designarla come propria rappresentante.</translation>
    </message>
</context>
<context>
    <name>DesignationStore</name>
    <message>
        <source>There is no designation with id %1.</source>
        <translation>Non esiste una designazione con id %1.</translation>
    </message>
    <message>
        <source>The designation of %1 can no longer be undone: the history already rests on it. End it instead.</source>
        <translation>La designazione di %1 non si può più annullare: lo storico si basa già su di essa. Registrarne invece la cessazione.</translation>
    </message>
</context>
<context>
    <name>DocumentSettings</name>
    <message>
        <source>&quot;%1&quot; is not a letterhead setting; the settings are: %2.</source>
        <translation>«%1» non è un&apos;impostazione della carta intestata; le impostazioni sono: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image that can be read (PNG, JPEG, SVG).</source>
        <translation>«%1» non è un&apos;immagine leggibile (PNG, JPEG, SVG).</translation>
    </message>
    <message>
        <source>The letter template is empty.</source>
        <translation>Il modello della lettera è vuoto.</translation>
    </message>
    <message>
        <source>Change the letterhead</source>
        <translation>Modifica della carta intestata</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a value of %2; the values are: %3.</source>
        <translation>«%1» non è un valore di %2; i valori sono: %3.</translation>
    </message>
    <message>
        <source>The letterhead setting &quot;%1&quot; is one line: remove the line break.</source>
        <translation>Il campo &quot;%1&quot; della carta intestata è di una sola riga: togliere l&apos;a capo.</translation>
    </message>
    <message>
        <source>The letterhead setting &quot;%1&quot; is %2 characters long; it takes at most %3.</source>
        <translation>Il campo &quot;%1&quot; della carta intestata è lungo %2 caratteri; ne accetta al massimo %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an SVG drawing that includes other files (an image or an entity it refers to): they would travel in every letter. Save it as PNG, or as an SVG with its pictures embedded.</source>
        <translation>&quot;%1&quot; è un disegno SVG che include altri file (un&apos;immagine o un&apos;entità a cui rimanda): finirebbero in ogni lettera. Salvarlo come PNG, oppure come SVG con le immagini incorporate.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation>Il campo «%1» deve essere un testo.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>Il campo «%1» è obbligatorio.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be true or false.</source>
        <translation>Il campo «%1» deve essere true o false.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a date written YYYY-MM-DD; &quot;%2&quot; is not.</source>
        <translation>Il campo «%1» deve essere una data nella forma AAAA-MM-GG; «%2» non lo è.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required (a date, YYYY-MM-DD).</source>
        <translation>Il campo «%1» è obbligatorio (una data, AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a time written HH:MM; &quot;%2&quot; is not.</source>
        <translation>Il campo «%1» deve essere un orario nella forma HH:MM; «%2» non lo è.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list.</source>
        <translation>Il campo «%1» deve essere un elenco.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list of texts.</source>
        <translation>Il campo «%1» deve essere un elenco di testi.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an object.</source>
        <translation>Il campo «%1» deve essere un oggetto.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for this operation.</source>
        <translation>Campo «%1» sconosciuto per questa operazione.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Categories: %2.</source>
        <translation>Categoria sconosciuta «%1». Categorie: %2.</translation>
    </message>
    <message>
        <source>&quot;version&quot; is the record&apos;s version as listed: a whole number from 1.</source>
        <translation>&quot;version&quot; è la versione del record come è stata elencata: un numero intero da 1 in su.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read: %2.</source>
        <translation>Il file «%1» non si può leggere: %2.</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <source>New group</source>
        <translation>Nuovo gruppo</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Aggiunta del partecipante</translation>
    </message>
    <message>
        <source>Propose coordinator</source>
        <translation>Proposta del coordinatore</translation>
    </message>
    <message>
        <source>New group meeting</source>
        <translation>Nuova seduta del gruppo</translation>
    </message>
</context>
<context>
    <name>GroupRules</name>
    <message>
        <source>Give the group a name.</source>
        <translation>Dare un nome al gruppo.</translation>
    </message>
    <message>
        <source>A working group named &quot;%1&quot; already exists.</source>
        <translation>Esiste già un gruppo di lavoro di nome «%1».</translation>
    </message>
    <message>
        <source>%1 already takes part in the group &quot;%2&quot;.</source>
        <translation>%1 partecipa già al gruppo «%2».</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; already has a ratified coordinator, %2.</source>
        <translation>Il gruppo «%1» ha già un coordinatore ratificato, %2.</translation>
    </message>
    <message>
        <source>The coordinator is named from the group&apos;s own participants: add %1 to &quot;%2&quot; first.</source>
        <translation>Il coordinatore è scelto tra i partecipanti del gruppo: aggiungere prima %1 a «%2».</translation>
    </message>
    <message>
        <source>The meeting of %1 of the group &quot;%2&quot; is already recorded as held.</source>
        <translation>La riunione del %1 del gruppo «%2» risulta già svolta.</translation>
    </message>
    <message>
        <source>The group &quot;%1&quot; already has a ratified coordinator.</source>
        <translation>Il gruppo «%1» ha già un coordinatore ratificato.</translation>
    </message>
    <message>
        <source>No coordinator has been proposed for the group &quot;%1&quot;: propose one among its participants first.</source>
        <translation>Per il gruppo «%1» non è stato proposto un coordinatore: proporne prima uno tra i partecipanti.</translation>
    </message>
    <message>
        <source>The group&apos;s coordinator is ratified at its first meeting: this one is held without, and the group will be flagged.</source>
        <translation>Il coordinatore del gruppo si ratifica alla prima riunione: questa si svolge senza ratifica e il gruppo sarà segnalato.</translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>There is no working group with id %1.</source>
        <translation>Non esiste un gruppo di lavoro con id %1.</translation>
    </message>
</context>
<context>
    <name>IcsWriter</name>
    <message>
        <source>Cannot write the calendar file %1: %2</source>
        <translation>Non è possibile scrivere il file di calendario %1: %2</translation>
    </message>
</context>
<context>
    <name>IndicatorSummary</name>
    <message>
        <source>Objectives&apos; indicators in %1</source>
        <translation>Indicatori degli obiettivi nel %1</translation>
    </message>
    <message>
        <source>progress %1%</source>
        <translation>avanzamento %1%</translation>
    </message>
    <message>
        <source>%1 of %2 expected</source>
        <translation>%1 su %2 attesi</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message numerus="yes">
        <source>%n indicator(s), %1 below expected</source>
        <translation>
            <numerusform>%n indicatore, %1 sotto l&apos;atteso</numerusform>
            <numerusform>%n indicatori, %1 sotto l&apos;atteso</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The text is not valid JSON: %1 on line %2 (character %3).</source>
        <translation>Il testo non è JSON valido: %1 alla riga %2 (carattere %3).</translation>
    </message>
    <message>
        <source>The text is not valid JSON: a string on line %1 holds a control character, a byte-order mark or an escape JSON does not have (only \&quot; \\ \/ \b \f \n \r \t \uXXXX are).</source>
        <translation>Il testo non è JSON valido: una stringa alla riga %1 contiene un carattere di controllo, un indicatore di ordine dei byte (BOM) o una sequenza di escape che JSON non prevede (sono ammesse solo \&quot; \\ \/ \b \f \n \r \t \uXXXX).</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; is written twice in the same object (line %2): only one value can be meant. Remove one of the two.</source>
        <translation>La chiave &quot;%1&quot; è scritta due volte nello stesso oggetto (riga %2): si può intendere un solo valore. Togliere una delle due.</translation>
    </message>
</context>
<context>
    <name>LetterExporter</name>
    <message>
        <source>There are no recipients to write letters to.</source>
        <translation>Non ci sono destinatari a cui scrivere.</translation>
    </message>
    <message>
        <source>The meeting has no date.</source>
        <translation>La seduta non ha una data.</translation>
    </message>
    <message>
        <source>The meeting has neither a place nor an online link.</source>
        <translation>La seduta non ha né un luogo né un collegamento online.</translation>
    </message>
    <message>
        <source>The meeting has no agenda to send.</source>
        <translation>La seduta non ha un ordine del giorno da inviare.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Non è possibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Export cancelled: no letter was kept.</source>
        <translation>Esportazione annullata: nessuna lettera è stata conservata.</translation>
    </message>
</context>
<context>
    <name>LetterTemplate</name>
    <message>
        <source>Cannot read the letter template %1: %2</source>
        <translation>Non è possibile leggere il modello di lettera %1: %2</translation>
    </message>
    <message>
        <source>The template uses an unknown placeholder {{%1}}.</source>
        <translation>Il modello usa un segnaposto sconosciuto {{%1}}.</translation>
    </message>
    <message>
        <source>The section {{/%1}} closes nothing that is open.</source>
        <translation>La sezione {{/%1}} non chiude nulla di aperto.</translation>
    </message>
    <message>
        <source>The template uses an unknown section {{%1%2}}.</source>
        <translation>Il modello usa una sezione sconosciuta {{%1%2}}.</translation>
    </message>
    <message>
        <source>The section {{#%1}} is never closed.</source>
        <translation>La sezione {{#%1}} non viene mai chiusa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The archive file, or an office server&apos;s postgresql://user@server/database (default: $TAVOLO_DB, else the last archive opened).</source>
        <translation>Il file dell&apos;archivio, oppure postgresql://utente@server/database di un server dell&apos;ufficio (predefinito: $TAVOLO_DB, altrimenti l&apos;ultimo archivio aperto).</translation>
    </message>
</context>
<context>
    <name>MaterialFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Non è possibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>Measures</name>
    <message>
        <source>%1 present of %2</source>
        <translation>%1 presenti su %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) held: %1</source>
        <translation>
            <numerusform>%n seduta tenuta: %1</numerusform>
            <numerusform>%n sedute tenute: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>present at %n meeting(s)</source>
        <translation>
            <numerusform>presente a %n seduta</numerusform>
            <numerusform>presente a %n sedute</numerusform>
        </translation>
    </message>
    <message>
        <source>form %1, %2</source>
        <translation>modulo %1, %2</translation>
    </message>
    <message>
        <source>Meetings of the Tavolo held</source>
        <translation>Sedute del Tavolo tenute</translation>
    </message>
    <message>
        <source>The meetings of the Tavolo del Terzo Settore held from 1 January of the date&apos;s year up to the date. Meetings planned, convened but not yet held, or cancelled are not counted; those of working groups and planning tables neither.</source>
        <translation>Le sedute del Tavolo del Terzo Settore tenute dal 1° gennaio dell&apos;anno della data fino alla data. Non si contano le sedute in preparazione, convocate ma non ancora tenute o annullate, né quelle dei gruppi di lavoro e dei tavoli di programmazione.</translation>
    </message>
    <message>
        <source>Attendance at the Tavolo</source>
        <translation>Presenze al Tavolo</translation>
    </message>
    <message>
        <source>Of the members marked at the Tavolo&apos;s meetings held from 1 January of the date&apos;s year up to the date, the share marked present, in percent (present over present, excused and absent together; the guests invited by the chair are not counted).</source>
        <translation>Dei componenti registrati alle sedute del Tavolo tenute dal 1° gennaio dell&apos;anno della data fino alla data, la quota dei presenti, in percentuale (presenti su presenti, giustificati e assenti insieme; gli invitati dal presidente non si contano).</translation>
    </message>
    <message>
        <source>Co-design activities carried out</source>
        <translation>Attività di co-progettazione realizzate</translation>
    </message>
    <message>
        <source>The co-programming and co-design tables that held at least one meeting from 1 January of the date&apos;s year up to the date (of the cycle given: every meeting of the cycle up to the date). A table counts once however many times it met.</source>
        <translation>I tavoli di co-programmazione e co-progettazione che hanno tenuto almeno una seduta dal 1° gennaio dell&apos;anno della data fino alla data (per il ciclo indicato: ogni seduta del ciclo fino alla data). Un tavolo conta una volta sola, per quante volte si sia riunito.</translation>
    </message>
    <message>
        <source>Bodies that took part</source>
        <translation>Enti che hanno partecipato</translation>
    </message>
    <message>
        <source>The bodies (an organisation, or a person who belongs to none) of which someone was marked present at a held meeting of a planning table or plenary, from 1 January of the date&apos;s year up to the date (of the cycle given: every meeting of the cycle up to the date). A body counts once.</source>
        <translation>Gli enti (un&apos;organizzazione, o una persona che non appartiene a nessuna) di cui qualcuno risulta presente a una seduta tenuta di un tavolo di programmazione o di una plenaria, dal 1° gennaio dell&apos;anno della data fino alla data (per il ciclo indicato: ogni seduta del ciclo fino alla data). Un ente conta una volta sola.</translation>
    </message>
    <message>
        <source>Submissions received</source>
        <translation>Domande pervenute</translation>
    </message>
    <message>
        <source>The submissions to the calls for expressions of interest received from 1 January of the date&apos;s year up to the date (of the cycle given: every one received up to the date), on time or late, whatever was decided, each form counted.</source>
        <translation>Le domande agli avvisi di manifestazione d&apos;interesse pervenute dal 1° gennaio dell&apos;anno della data fino alla data (per il ciclo indicato: tutte quelle pervenute fino alla data), nei termini o fuori termine, qualunque sia la decisione, contando ogni modulo.</translation>
    </message>
    <message>
        <source>Adhesions to the programme agreement</source>
        <translation>Adesioni all&apos;accordo di programma</translation>
    </message>
    <message>
        <source>The bodies&apos; requests to adhere to the accordo di programma made from 1 January of the date&apos;s year up to the date (of the cycle given: every one up to the date).</source>
        <translation>Le richieste degli enti di aderire all&apos;accordo di programma presentate dal 1° gennaio dell&apos;anno della data fino alla data (per il ciclo indicato: tutte quelle fino alla data).</translation>
    </message>
    <message>
        <source>There is no measure &quot;%1&quot;; the measures are: %2.</source>
        <translation>Non esiste la misura &quot;%1&quot;; le misure sono: %2.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; counts the Tavolo&apos;s meetings: it takes no cycle.</source>
        <translation>La misura &quot;%1&quot; conta le sedute del Tavolo: non si lega a un ciclo.</translation>
    </message>
    <message>
        <source>There is no cycle with id %1.</source>
        <translation>Non esiste un ciclo con id %1.</translation>
    </message>
    <message>
        <source>Tavolo del Terzo Settore</source>
        <translation>Tavolo del Terzo Settore</translation>
    </message>
</context>
<context>
    <name>MeetingCommands</name>
    <message>
        <source>New meeting of %1</source>
        <translation>Nuova riunione di %1</translation>
    </message>
    <message>
        <source>Convene meeting</source>
        <translation>Convocazione della seduta</translation>
    </message>
    <message>
        <source>Invite guest</source>
        <translation>Invito di un ospite</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Registrazione delle presenze</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Annullamento della seduta</translation>
    </message>
    <message>
        <source>Attach %1</source>
        <translation>Allegato %1</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Aggiunta del punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Rimozione del punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>Reorder agenda</source>
        <translation>Riordino dell&apos;ordine del giorno</translation>
    </message>
</context>
<context>
    <name>MeetingDocuments</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Non esiste una seduta con id %1.</translation>
    </message>
    <message>
        <source>The meeting of %1 was cancelled (%2): there is nothing to send.</source>
        <translation>La seduta del %1 è stata annullata (%2): non c&apos;è nulla da inviare.</translation>
    </message>
    <message>
        <source>The meeting is not convened yet: these letters are a draft.</source>
        <translation>La seduta non è ancora convocata: queste lettere sono una bozza.</translation>
    </message>
    <message>
        <source>No PEC, e-mail or address in the register for: %1.</source>
        <translation>Nessuna PEC, e-mail o indirizzo nel registro per: %1.</translation>
    </message>
</context>
<context>
    <name>MeetingExport</name>
    <message>
        <source>Attendance sheet %1</source>
        <translation>Foglio presenze %1</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Seduta %1</translation>
    </message>
    <message>
        <source>Composition of the Tavolo on %1</source>
        <translation>Composizione del Tavolo al %1</translation>
    </message>
    <message>
        <source>The letters state a digital signature: sign them with the office&apos;s signing tool before sending them.</source>
        <translation>Le lettere dichiarano la firma digitale: firmarle con lo strumento di firma dell&apos;ufficio prima di inviarle.</translation>
    </message>
    <message>
        <source>Minutes %1 draft</source>
        <translation>Verbale %1 bozza</translation>
    </message>
    <message>
        <source>Minutes %1</source>
        <translation>Verbale %1</translation>
    </message>
</context>
<context>
    <name>MeetingRules</name>
    <message>
        <source>A requested meeting answers a request to convene: name the request.</source>
        <translation>Una seduta su richiesta risponde a una richiesta di convocazione: indicare la richiesta.</translation>
    </message>
    <message>
        <source>There is no request with id %1.</source>
        <translation>Non esiste una richiesta con id %1.</translation>
    </message>
    <message>
        <source>The meeting (%1) cannot come before the request it answers (%2).</source>
        <translation>La seduta (%1) non può precedere la richiesta a cui risponde (%2).</translation>
    </message>
    <message>
        <source>The request of %1 is already answered by the meeting of %2.</source>
        <translation>Alla richiesta del %1 risponde già la seduta del %2.</translation>
    </message>
    <message>
        <source>A joint session is convened by the ASL (its social or district director) or by the President of the Mayors&apos; Assembly: say which in &quot;convenedBy&quot;.</source>
        <translation>Una seduta congiunta è convocata dall&apos;ASL (direttore sociale o di distretto) o dal Presidente dell&apos;Assemblea dei Sindaci: indicarlo in «convenedBy».</translation>
    </message>
    <message>
        <source>Name the other tables that meet in the joint session.</source>
        <translation>Indicare gli altri tavoli che partecipano alla seduta congiunta.</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s date.</source>
        <translation>Indicare la data della seduta.</translation>
    </message>
    <message>
        <source>Say where the meeting takes place: a place, an online link, or both.</source>
        <translation>Indicare dove si tiene la seduta: un luogo, un collegamento online, o entrambi.</translation>
    </message>
    <message>
        <source>Only a meeting of kind &quot;requested&quot; answers a request.</source>
        <translation>Solo una seduta di tipo «su richiesta» risponde a una richiesta.</translation>
    </message>
    <message>
        <source>Only a joint session names other tables.</source>
        <translation>Solo una seduta congiunta indica altri tavoli.</translation>
    </message>
    <message>
        <source>The Tavolo&apos;s own meetings are convened by the planning office (&quot;%1&quot;); other conveners hold joint sessions.</source>
        <translation>Le sedute del Tavolo sono convocate dall&apos;Ufficio di Piano («%1»); altri soggetti convocano sedute congiunte.</translation>
    </message>
    <message>
        <source>The agenda is given with the convocation: add at least one item before convening.</source>
        <translation>L&apos;ordine del giorno accompagna la convocazione: aggiungere almeno un punto prima di convocare.</translation>
    </message>
    <message>
        <source>A meeting is convened before it takes place (%1).</source>
        <translation>Una seduta si convoca prima che si tenga (%1).</translation>
    </message>
    <message>
        <source>The request of %1 had to be answered by %2: this convocation is late.</source>
        <translation>Alla richiesta del %1 si doveva rispondere entro il %2: questa convocazione è in ritardo.</translation>
    </message>
    <message>
        <source>Give the material a title.</source>
        <translation>Dare un titolo al materiale.</translation>
    </message>
    <message>
        <source>Guests take part on the chair&apos;s invitation when the topics make it useful: give the reason.</source>
        <translation>Gli invitati partecipano su invito del presidente quando i temi lo rendono utile: indicarne il motivo.</translation>
    </message>
    <message>
        <source>%1 is a member of the Tavolo on %2 and is convened as such, not as a guest.</source>
        <translation>%1 è componente del Tavolo il %2 e riceve la convocazione in tale veste, non un invito.</translation>
    </message>
    <message>
        <source>%1 is already invited to this meeting.</source>
        <translation>L&apos;invito di %1 a questa seduta è già registrato.</translation>
    </message>
    <message>
        <source>Not convened to the meeting of %1 (neither members nor invited guests): %2.</source>
        <translation>Non convocati alla seduta del %1 (né componenti né invitati): %2.</translation>
    </message>
    <message>
        <source>Recorded as absent, having no attendance given: %1.</source>
        <translation>Registrati come assenti, non essendo indicata la presenza: %1.</translation>
    </message>
    <message>
        <source>Say why the meeting is cancelled: the reason goes on record.</source>
        <translation>Indicare perché la seduta è annullata: il motivo resta agli atti.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n day(s) of notice before %1; the regulation asks for %2.</source>
        <translation>
            <numerusform>Solo %n giorno di preavviso prima del %1; il regolamento ne chiede %2.</numerusform>
            <numerusform>Solo %n giorni di preavviso prima del %1; il regolamento ne chiede %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting of %1 is %2: it cannot be convened.</source>
        <comment>%2: state of the meeting</comment>
        <translation>La seduta del %1 risulta %2: non è possibile convocarla.</translation>
    </message>
    <message>
        <source>The meeting of %1 is %2: no materials can be added to it.</source>
        <comment>%2: state of the meeting</comment>
        <translation>La seduta del %1 risulta %2: non è possibile integrarla con nuovi materiali.</translation>
    </message>
    <message>
        <source>The meeting of %1 is %2: no guests can be invited to it.</source>
        <comment>%2: state of the meeting</comment>
        <translation>La seduta del %1 risulta %2: non è possibile aggiungere invitati.</translation>
    </message>
    <message>
        <source>The meeting of %1 is %2: it cannot be recorded as held.</source>
        <comment>%2: state of the meeting</comment>
        <translation>La seduta del %1 risulta %2: non è possibile registrarla come svolta.</translation>
    </message>
    <message>
        <source>The meeting of %1 is %2: it cannot be cancelled.</source>
        <comment>%2: state of the meeting</comment>
        <translation>La seduta del %1 risulta %2: non è possibile annullarla.</translation>
    </message>
    <message>
        <source>The meeting of %1 has not taken place yet: its attendance is recorded on the day or after.</source>
        <translation>La seduta del %1 non si è ancora tenuta: le presenze si registrano quel giorno o dopo.</translation>
    </message>
    <message>
        <source>the Tavolo</source>
        <translation>il Tavolo</translation>
    </message>
    <message>
        <source>the working group &quot;%1&quot;</source>
        <translation>il gruppo di lavoro «%1»</translation>
    </message>
    <message>
        <source>the working group #%1</source>
        <translation>il gruppo di lavoro n. %1</translation>
    </message>
    <message>
        <source>There is no working group with id %1.</source>
        <translation>Non esiste un gruppo di lavoro con id %1.</translation>
    </message>
    <message>
        <source>A working group&apos;s meeting is an ordinary one: requests to convene and joint sessions are the Tavolo&apos;s.</source>
        <translation>La riunione di un gruppo di lavoro è ordinaria: le richieste di convocazione e le sedute congiunte riguardano il Tavolo.</translation>
    </message>
    <message>
        <source>A working group&apos;s meeting is convened by the planning office (&quot;%1&quot;) for its coordinator.</source>
        <translation>La riunione di un gruppo di lavoro è convocata dall&apos;Ufficio di Piano («%1») per il suo coordinatore.</translation>
    </message>
    <message>
        <source>%1 takes part in %2 and is convened as such, not as a guest.</source>
        <translation>%1 partecipa a %2 ed è convocato come tale, non come invitato.</translation>
    </message>
    <message>
        <source>Not participants of %1: %2.</source>
        <translation>Non partecipano a %1: %2.</translation>
    </message>
    <message>
        <source>The agenda of a meeting already convened, held or cancelled cannot change.</source>
        <translation>L&apos;ordine del giorno di una seduta già convocata, svolta o annullata non può cambiare.</translation>
    </message>
    <message>
        <source>The agenda has no item %1.</source>
        <translation>L&apos;ordine del giorno non ha il punto %1.</translation>
    </message>
    <message>
        <source>An agenda item needs its text.</source>
        <translation>Un punto all&apos;ordine del giorno deve avere un testo.</translation>
    </message>
    <message>
        <source>Item %1 of the agenda is blank: write what is to be discussed, or leave the item out.</source>
        <translation>Il punto %1 dell&apos;ordine del giorno è vuoto: scrivere l&apos;argomento da trattare, oppure togliere il punto.</translation>
    </message>
    <message>
        <source>Only a draft meeting can be thrown away; cancel a convened one, giving the reason.</source>
        <translation>Si può eliminare solo una seduta in bozza; una seduta convocata si annulla indicandone il motivo.</translation>
    </message>
    <message>
        <source>The guests of a meeting already held or cancelled are part of its record.</source>
        <translation>Gli invitati di una seduta già svolta o annullata fanno parte dei suoi atti.</translation>
    </message>
    <message>
        <source>%1 is not a guest of this meeting.</source>
        <translation>Per %1 non risulta registrato alcun invito a questa seduta.</translation>
    </message>
    <message>
        <source>There is no planning table with id %1.</source>
        <translation>Non esiste un tavolo di programmazione con id %1.</translation>
    </message>
    <message>
        <source>A planning table&apos;s meeting is an ordinary one: requests to convene and joint sessions are the Tavolo&apos;s.</source>
        <translation>La seduta di un tavolo di programmazione è ordinaria: le richieste di convocazione e le sedute congiunte sono del Tavolo.</translation>
    </message>
</context>
<context>
    <name>MeetingStore</name>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Non esiste una seduta con id %1.</translation>
    </message>
    <message>
        <source>Only a working group&apos;s meeting ratifies a coordinator.</source>
        <translation>Solo la riunione di un gruppo di lavoro ratifica un coordinatore.</translation>
    </message>
</context>
<context>
    <name>MeetingTerms</name>
    <message>
        <source>in preparation</source>
        <comment>state of a meeting: the meeting is …</comment>
        <translation>ancora in bozza</translation>
    </message>
    <message>
        <source>convened</source>
        <comment>state of a meeting: the meeting is …</comment>
        <translation>convocata</translation>
    </message>
    <message>
        <source>held</source>
        <comment>state of a meeting: the meeting is … (it took place)</comment>
        <translation>svolta</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>state of a meeting: the meeting is …</comment>
        <translation>annullata</translation>
    </message>
    <message>
        <source>ordinary</source>
        <translation>ordinaria</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>su richiesta</translation>
    </message>
    <message>
        <source>joint session</source>
        <translation>seduta congiunta</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>assente giustificato</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>assente</translation>
    </message>
</context>
<context>
    <name>MeetingText</name>
    <message>
        <source>State: %1</source>
        <translation>Stato: %1</translation>
    </message>
    <message>
        <source>Convened on %1</source>
        <translation>Convocata il %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Luogo: %1</translation>
    </message>
    <message>
        <source>Online: %1</source>
        <translation>Online: %1</translation>
    </message>
    <message>
        <source>Answers the request of %1 (R-D)</source>
        <translation>Risponde alla richiesta del %1 (R-D)</translation>
    </message>
    <message>
        <source>Joint session with: %1 (R-G)</source>
        <translation>Seduta congiunta con: %1 (R-G)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Annullata: %1</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>migration %1 is missing from the program</source>
        <translation>la migrazione %1 manca dal programma</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>la migrazione %1 (%2) non è riuscita: %3</translation>
    </message>
</context>
<context>
    <name>MinutesCommands</name>
    <message>
        <source>Draft minutes</source>
        <translation>Redazione del verbale</translation>
    </message>
    <message>
        <source>Save minutes</source>
        <translation>Salvataggio del verbale</translation>
    </message>
    <message>
        <source>Approve minutes</source>
        <translation>Approvazione del verbale</translation>
    </message>
    <message>
        <source>Correct minutes</source>
        <translation>Rettifica del verbale</translation>
    </message>
</context>
<context>
    <name>MinutesDocuments</name>
    <message>
        <source>The meeting %1 has no minutes: draft them first.</source>
        <translation>La seduta %1 non ha un verbale: redigerlo prima.</translation>
    </message>
</context>
<context>
    <name>MinutesRules</name>
    <message>
        <source>A vote counts the favourable, contrary and abstained: none of them can be negative.</source>
        <translation>Una votazione conta favorevoli, contrari e astenuti: nessuno dei tre può essere negativo.</translation>
    </message>
    <message>
        <source>The meeting closes (%1) after it opens (%2).</source>
        <translation>La seduta si chiude (%1) dopo l&apos;apertura (%2).</translation>
    </message>
    <message>
        <source>The agenda of the meeting of %1 has no item %2.</source>
        <translation>L&apos;ordine del giorno della seduta del %1 non ha il punto %2.</translation>
    </message>
    <message>
        <source>Item %1 of the agenda is minuted twice.</source>
        <translation>Il punto %1 dell&apos;ordine del giorno è verbalizzato due volte.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Non esiste una persona con id %1.</translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Non esiste una seduta con id %1.</translation>
    </message>
    <message>
        <source>The meeting of %1 has not been held: minutes record a held meeting.</source>
        <translation>La seduta del %1 non si è svolta: il verbale riguarda una seduta svolta.</translation>
    </message>
    <message>
        <source>The meeting of %1 already has its minutes: change those.</source>
        <translation>La seduta del %1 ha già il suo verbale: modificare quello.</translation>
    </message>
    <message>
        <source>The minutes of the meeting of %1 are approved and are never edited: add a correction, with its reason.</source>
        <translation>Il verbale della seduta del %1 è approvato e non si modifica più: aggiungere una rettifica, con il motivo.</translation>
    </message>
    <message>
        <source>The minutes of the meeting of %1 are already approved.</source>
        <translation>Il verbale della seduta del %1 è già approvato.</translation>
    </message>
    <message>
        <source>Minutes are approved by the same body that met: the meeting of %1 is not one of %2.</source>
        <translation>Il verbale è approvato dallo stesso organo che si è riunito (%2): la seduta del %1 non è sua.</translation>
    </message>
    <message>
        <source>Minutes are approved at a meeting held after the minuted one (%1): the meeting of %2 is not.</source>
        <translation>Il verbale si approva in una seduta svolta dopo quella verbalizzata (%1): la seduta del %2 non lo è.</translation>
    </message>
    <message>
        <source>The meeting of %1 has not been held: minutes are approved at a held meeting.</source>
        <translation>La seduta del %1 non si è svolta: il verbale si approva in una seduta svolta.</translation>
    </message>
    <message>
        <source>These minutes are a draft: edit them instead of correcting them.</source>
        <translation>Questo verbale è una bozza: va modificato, non rettificato.</translation>
    </message>
    <message>
        <source>Write the correction&apos;s text.</source>
        <translation>Scrivere il testo della rettifica.</translation>
    </message>
    <message>
        <source>A correction of approved minutes gives its reason.</source>
        <translation>La rettifica di un verbale approvato indica il motivo.</translation>
    </message>
    <message>
        <source>Give the correction&apos;s date.</source>
        <translation>Indicare la data della rettifica.</translation>
    </message>
    <message>
        <source>A correction comes after the approval of the minutes (%1).</source>
        <translation>La rettifica segue l&apos;approvazione del verbale (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The meeting of %1 of %2 has no minutes yet, %n day(s) after it was held.</source>
        <translation>
            <numerusform>La seduta del %1 (%2) non ha ancora il verbale, %n giorno dopo il suo svolgimento.</numerusform>
            <numerusform>La seduta del %1 (%2) non ha ancora il verbale, %n giorni dopo il suo svolgimento.</numerusform>
        </translation>
    </message>
    <message>
        <source>The minutes of the meeting of %1 of %2 are a draft awaiting approval at a later meeting.</source>
        <translation>Il verbale della seduta del %1 (%2) è una bozza in attesa di approvazione in una seduta successiva.</translation>
    </message>
    <message>
        <source>Item %1: a unanimous vote names no one; count the vote to name who voted.</source>
        <translation>Punto %1: un voto unanime non nomina nessuno; conta i voti per indicare chi ha votato come.</translation>
    </message>
    <message>
        <source>favourable</source>
        <translation>favorevoli</translation>
    </message>
    <message>
        <source>contrary</source>
        <translation>contrari</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>astenuti</translation>
    </message>
    <message>
        <source>Item %1: the vote counts %2 %3 but names %4: the names, when given, are as many as the count.</source>
        <translation>Punto %1: la votazione conta %2 %3 ma ne nomina %4: i nomi, quando indicati, sono tanti quanti il conteggio.</translation>
    </message>
    <message>
        <source>Item %1: %2 is named twice in the vote.</source>
        <translation>Punto %1: %2 è indicato due volte nella votazione.</translation>
    </message>
    <message>
        <source>Item %1: %2 is named in the vote but not recorded present at the meeting of %3.</source>
        <translation>Punto %1: %2 è indicato nella votazione ma non risulta presente alla seduta del %3.</translation>
    </message>
</context>
<context>
    <name>MinutesStore</name>
    <message>
        <source>There are no minutes with id %1.</source>
        <translation>Non esiste un verbale con id %1.</translation>
    </message>
</context>
<context>
    <name>ObjectiveCommands</name>
    <message>
        <source>Edit phase %1</source>
        <translation>Modifica fase %1</translation>
    </message>
    <message>
        <source>Record indicator value</source>
        <translation>Registra valore dell&apos;indicatore</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Operation %1 (%2): %3</source>
        <translation>Operazione %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ObjectiveFields</name>
    <message>
        <source>The field &quot;%1&quot; is required (a number).</source>
        <translation>Il campo &quot;%1&quot; è obbligatorio (un numero).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a number.</source>
        <translation>Il campo &quot;%1&quot; deve essere un numero.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required (a number or a ratio such as 80/15).</source>
        <translation>Il campo &quot;%1&quot; è obbligatorio (un numero o un rapporto come 80/15).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a number or a ratio such as 80/15.</source>
        <translation>Il campo &quot;%1&quot; deve essere un numero o un rapporto come 80/15.</translation>
    </message>
    <message>
        <source>There is no objective with id %1.</source>
        <translation>Non esiste un obiettivo con id %1.</translation>
    </message>
    <message>
        <source>The objective %1 has no phase %2.</source>
        <translation>L&apos;obiettivo %1 non ha una fase %2.</translation>
    </message>
    <message>
        <source>The objective %1 has no indicator %2.</source>
        <translation>L&apos;obiettivo %1 non ha un indicatore %2.</translation>
    </message>
</context>
<context>
    <name>ObjectiveRules</name>
    <message>
        <source>The weights of the phases add up to %1; they must add up to 100.</source>
        <translation>I pesi delle fasi sommano a %1: devono sommare a 100.</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>la fase %1</translation>
    </message>
    <message>
        <source>phase %1 «%2»</source>
        <translation>la fase %1 «%2»</translation>
    </message>
    <message>
        <source>Describe phase %1.</source>
        <translation>Descrivere la fase %1.</translation>
    </message>
    <message>
        <source>The weight of %1 must be more than 0 and at most 100, not %2.</source>
        <translation>Il peso del%1 deve essere maggiore di 0 e al massimo 100, non %2.</translation>
    </message>
    <message>
        <source>Give the planned start and end of %1.</source>
        <translation>Indicare inizio e fine previsti del%1.</translation>
    </message>
    <message>
        <source>The planned end of %1 (%2) comes before its planned start (%3).</source>
        <translation>La fine prevista del%1 (%2) precede l&apos;inizio previsto (%3).</translation>
    </message>
    <message>
        <source>The actual end of %1 (%2) needs the day it actually started.</source>
        <translation>La fine effettiva del%1 (%2) richiede il giorno di inizio effettivo.</translation>
    </message>
    <message>
        <source>The actual end of %1 (%2) comes before its actual start (%3).</source>
        <translation>La fine effettiva del%1 (%2) precede l&apos;inizio effettivo (%3).</translation>
    </message>
    <message>
        <source>The progress of %1 is a percent from 0 to 100, not %2.</source>
        <translation>L&apos;avanzamento del%1 è una percentuale da 0 a 100, non %2.</translation>
    </message>
    <message>
        <source>Give the objective&apos;s code (such as 2019_ZN20).</source>
        <translation>Indicare il codice dell&apos;obiettivo (ad esempio 2019_ZN20).</translation>
    </message>
    <message>
        <source>There is already an objective %1: «%2».</source>
        <translation>Esiste già un obiettivo %1: «%2».</translation>
    </message>
    <message>
        <source>Give the objective&apos;s title.</source>
        <translation>Indicare il titolo dell&apos;obiettivo.</translation>
    </message>
    <message>
        <source>Give the objective&apos;s year.</source>
        <translation>Indicare l&apos;anno dell&apos;obiettivo.</translation>
    </message>
    <message>
        <source>The objective&apos;s last year (%1) comes before its first (%2).</source>
        <translation>L&apos;ultimo anno dell&apos;obiettivo (%1) precede il primo (%2).</translation>
    </message>
    <message>
        <source>Describe indicator %1.</source>
        <translation>Descrivere l&apos;indicatore %1.</translation>
    </message>
    <message>
        <source>Indicator %1 is typed in: a cycle is given only with a measure.</source>
        <translation>L&apos;indicatore %1 si compila a mano: il ciclo si indica solo con una misura.</translation>
    </message>
    <message>
        <source>There is no phase with id %1.</source>
        <translation>Non esiste una fase con id %1.</translation>
    </message>
    <message>
        <source>There is no indicator with id %1.</source>
        <translation>Non esiste un indicatore con id %1.</translation>
    </message>
    <message>
        <source>The indicator «%1» is computed by the measure «%2»: its value is counted from the archive, not typed in.</source>
        <translation>L&apos;indicatore «%1» è calcolato con la misura «%2»: il suo valore si conta dall&apos;archivio, non si inserisce a mano.</translation>
    </message>
    <message>
        <source>Give the day the value refers to.</source>
        <translation>Indicare il giorno a cui si riferisce il valore.</translation>
    </message>
    <message>
        <source>The expected value of «%1» is a ratio (%2): give the actual value as a ratio too, such as 72/14.</source>
        <translation>Il valore atteso di «%1» è un rapporto (%2): indicare anche il valore effettivo come rapporto, ad esempio 72/14.</translation>
    </message>
    <message>
        <source>The expected value of «%1» is a number (%2): give the actual value as a number.</source>
        <translation>Il valore atteso di «%1» è un numero (%2): indicare il valore effettivo come numero.</translation>
    </message>
</context>
<context>
    <name>ObjectiveText</name>
    <message numerus="yes">
        <source>computed by «%1» on %2 (%n item(s) counted)</source>
        <translation>
            <numerusform>calcolato con «%1» al %2 (%n elemento contato)</numerusform>
            <numerusform>calcolato con «%1» al %2 (%n elementi contati)</numerusform>
        </translation>
    </message>
    <message>
        <source>typed in for %1</source>
        <translation>inserito a mano per il %1</translation>
    </message>
    <message>
        <source>none typed in yet</source>
        <translation>nessun valore inserito</translation>
    </message>
</context>
<context>
    <name>OfficeRules</name>
    <message>
        <source>The term ends (%1) before it starts (%2): check the dates.</source>
        <translation>L&apos;incarico termina (%1) prima di iniziare (%2): controllare le date.</translation>
    </message>
    <message>
        <source>%1 is ended on %2, the day before the new term starts.</source>
        <translation>Cessazione registrata il %2, il giorno prima dell&apos;inizio del nuovo incarico: %1.</translation>
    </message>
    <message>
        <source>%1 overlaps %2: the office of %3 has one holder and one delegate at a time. End that term first, or start this one after it.</source>
        <translation>L&apos;incarico %1 si sovrappone a quanto già registrato: %2. La carica di %3 ha un solo titolare e un solo delegato alla volta; registrare prima la cessazione, o far iniziare questo incarico dopo.</translation>
    </message>
    <message>
        <source>The term of %1 as %2</source>
        <translation>L&apos;incarico di %1 come %2</translation>
    </message>
    <message>
        <source>There is no term of office with id %1.</source>
        <translation>Non esiste un incarico con id %1.</translation>
    </message>
    <message>
        <source>the term of %1 as %2 (%3)</source>
        <translation>l&apos;incarico di %1 come %2 (%3)</translation>
    </message>
    <message>
        <source>The regulation allows no delegate for the %1: only the chair and the ASL directors may delegate. Assign the office to the person instead.</source>
        <translation>Il regolamento non prevede delegati per il %1: possono delegare solo il presidente e i direttori ASL. Assegnare invece la carica alla persona.</translation>
    </message>
    <message>
        <source>A delegation is made by an act: give the act&apos;s date.</source>
        <translation>La delega avviene con un atto: indicare la data dell&apos;atto.</translation>
    </message>
    <message>
        <source>A delegation is made by an act: give the act&apos;s reference (protocol number).</source>
        <translation>La delega avviene con un atto: indicare gli estremi dell&apos;atto (numero di protocollo).</translation>
    </message>
    <message>
        <source>Nobody holds the office of %1 on %2, so nobody can delegate it: assign the office first.</source>
        <translation>Il %2 nessuno ricopre la carica di %1, quindi nessuno può delegarla: assegnare prima la carica.</translation>
    </message>
    <message>
        <source>the delegation of %1 to %2 (%3)</source>
        <translation>la delega di %1 a %2 (%3)</translation>
    </message>
    <message>
        <source>The act is dated %1, after the delegation starts (%2): check the dates.</source>
        <translation>L&apos;atto è datato %1, dopo l&apos;inizio della delega (%2): controllare le date.</translation>
    </message>
</context>
<context>
    <name>Offices</name>
    <message>
        <source>President of the Mayors&apos; Assembly</source>
        <translation>Presidente dell&apos;Assemblea dei Sindaci</translation>
    </message>
    <message>
        <source>Head of the Planning Office</source>
        <translation>Responsabile dell&apos;Ufficio di Piano</translation>
    </message>
    <message>
        <source>Social Director of the ASL</source>
        <translation>Direttore Sociale dell&apos;ASL</translation>
    </message>
    <message>
        <source>District Director of the ASL</source>
        <translation>Direttore di Distretto dell&apos;ASL</translation>
    </message>
</context>
<context>
    <name>OperationContext</name>
    <message>
        <source>The ref &quot;%1&quot; in &quot;%2&quot; names a %3, not a %4.</source>
        <translation>Il riferimento «%1» in «%2» indica un elemento di tipo %3, non di tipo %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the field &quot;%2&quot; names no %3: give an id, a ref set by an earlier operation%4.</source>
        <translation>«%1» nel campo «%2» non indica alcun elemento di tipo %3: indicare un id, un riferimento (ref) impostato da un&apos;operazione precedente%4.</translation>
    </message>
    <message>
        <source> or a tax code</source>
        <translation> o un codice fiscale</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required (a %2).</source>
        <translation>Il campo «%1» è obbligatorio (tipo %2).</translation>
    </message>
</context>
<context>
    <name>OrganisationRules</name>
    <message>
        <source>The organisation needs a name.</source>
        <translation>L&apos;ente deve avere una denominazione.</translation>
    </message>
    <message>
        <source>The organisation needs its tax code (11 digits).</source>
        <translation>L&apos;ente deve avere il codice fiscale (11 cifre).</translation>
    </message>
    <message>
        <source>a) Volunteer organisations</source>
        <translation>a) Organizzazioni di volontariato</translation>
    </message>
    <message>
        <source>b) Social promotion associations</source>
        <translation>b) Associazioni di promozione sociale</translation>
    </message>
    <message>
        <source>c) Philanthropic bodies</source>
        <translation>c) Enti filantropici</translation>
    </message>
    <message>
        <source>d) Social enterprises, including social co-operatives</source>
        <translation>d) Imprese sociali, incluse le cooperative sociali</translation>
    </message>
    <message>
        <source>e) Associative networks</source>
        <translation>e) Reti associative</translation>
    </message>
    <message>
        <source>f) Mutual aid societies</source>
        <translation>f) Società di mutuo soccorso</translation>
    </message>
    <message>
        <source>g) Other third-sector bodies</source>
        <translation>g) Altri enti del Terzo Settore</translation>
    </message>
    <message>
        <source>A RUNTS number belongs to an organisation registered in a section: choose its section, or leave the number empty.</source>
        <translation>Il numero RUNTS spetta a un ente iscritto in una sezione: scegliere la sezione, oppure lasciare vuoto il numero.</translation>
    </message>
</context>
<context>
    <name>OrganisationStore</name>
    <message>
        <source>There is no organisation with id %1 in the register.</source>
        <translation>Nel registro non esiste un ente con id %1.</translation>
    </message>
    <message>
        <source>The tax code %1 already belongs to &quot;%2&quot; (id %3) in the register: an organisation is registered once. Edit that record instead.</source>
        <translation>Il codice fiscale %1 appartiene già a «%2» (id %3) nel registro: un ente si registra una sola volta. Modificare quella scheda.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n person(s) of the register belong to it. Move them to another organisation first, or mark the organisation inactive.</source>
        <translation>
            <numerusform>L&apos;ente «%1» non può essere eliminato: %n persona del registro vi appartiene. Spostarla prima in un altro ente, oppure segnare l&apos;ente come non attivo.</numerusform>
            <numerusform>L&apos;ente «%1» non può essere eliminato: %n persone del registro vi appartengono. Spostarle prima in un altro ente, oppure segnare l&apos;ente come non attivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted: the Tavolo&apos;s history refers to it. Mark it inactive instead.</source>
        <translation>L&apos;ente «%1» non può essere eliminato: lo storico del Tavolo vi fa riferimento. Segnarlo invece come non attivo.</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; cannot be put back: id %2 is already in use.</source>
        <translation>L&apos;ente «%1» non si può ripristinare: l&apos;id %2 è già in uso.</translation>
    </message>
</context>
<context>
    <name>PagedOutput</name>
    <message>
        <source>Documents can only be rendered by a program with a QGuiApplication (use QT_QPA_PLATFORM=offscreen without a display).</source>
        <translation>I documenti si possono produrre solo da un programma con QGuiApplication (senza schermo usare QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>Cannot start writing the PDF.</source>
        <translation>Non è possibile iniziare a scrivere il PDF.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be written: %2.</source>
        <translation>Il file «%1» non può essere scritto: %2.</translation>
    </message>
</context>
<context>
    <name>ParticipationRules</name>
    <message>
        <source>%1 does not take part in %2.</source>
        <translation>%1 non partecipa a %2.</translation>
    </message>
    <message>
        <source>Give the last day on which the person takes part.</source>
        <translation>Indicare l&apos;ultimo giorno di partecipazione.</translation>
    </message>
    <message>
        <source>%1 takes part in %2 from %3: the participation cannot end before.</source>
        <translation>%1 partecipa a %2 dal %3: la partecipazione non può terminare prima.</translation>
    </message>
    <message>
        <source>The participation of %1 in %2 already ended on %3: it is not extended; add a new one instead.</source>
        <translation>La partecipazione di %1 a %2 è già terminata il %3: non si proroga; aggiungerne una nuova.</translation>
    </message>
    <message>
        <source>The attendance of %1 is recorded at the meeting of %2 of %3, after %4: the participation cannot end before that meeting.</source>
        <translation>La presenza di %1 è registrata alla seduta del %2 di %3, successiva al %4: la partecipazione non può terminare prima di quella seduta.</translation>
    </message>
    <message>
        <source>The correction would take %1 out of %2 from %3, but the attendance of %1 is recorded at its meeting of %4: keep the contact and the tables, or end the participation (table.participant.end) instead.</source>
        <translation>La correzione toglierebbe %1 da %2 dal %3, ma la presenza di %1 è registrata alla sua seduta del %4: mantenere referente e tavoli, oppure chiudere la partecipazione (table.participant.end).</translation>
    </message>
</context>
<context>
    <name>PasswordStore</name>
    <message>
        <source>The system keychain did not answer (%1): the password is not kept, type it each time or put it in your password file (pgpass).</source>
        <translation>Il portachiavi di sistema non ha risposto (%1): la password non viene conservata, digitarla ogni volta oppure scriverla nel proprio file delle password (pgpass).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>nessuna risposta</translation>
    </message>
    <message>
        <source>This Tavolo was built without the system keychain: the password is read from your password file (pgpass), or typed each time.</source>
        <translation>Questa versione di Tavolo non usa il portachiavi di sistema: la password viene letta dal proprio file delle password (pgpass), oppure digitata ogni volta.</translation>
    </message>
</context>
<context>
    <name>PdfSplitter</name>
    <message>
        <source>Pages %1–%2 of %3 are not in the PDF (%4 pages).</source>
        <translation>Le pagine %1–%2 di %3 non sono nel PDF (%4 pagine).</translation>
    </message>
    <message>
        <source>Cannot cut %1 from the PDF: %2</source>
        <translation>Impossibile ricavare %1 dal PDF: %2</translation>
    </message>
    <message>
        <source>Stopped: no file was kept.</source>
        <translation>Interrotto: nessun file è stato conservato.</translation>
    </message>
    <message>
        <source>The PDF for %1 cannot be read: %2</source>
        <translation>Il PDF per %1 non è leggibile: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>PersonRules</name>
    <message>
        <source>The person needs a given name.</source>
        <translation>La persona deve avere un nome.</translation>
    </message>
    <message>
        <source>The person needs a family name.</source>
        <translation>La persona deve avere un cognome.</translation>
    </message>
</context>
<context>
    <name>PersonStore</name>
    <message>
        <source>There is no person with id %1 in the register.</source>
        <translation>Nel registro non esiste una persona con id %1.</translation>
    </message>
    <message>
        <source>The tax code %1 already belongs to %2 (id %3) in the register: a person is registered once. Edit that record instead.</source>
        <translation>Il codice fiscale %1 appartiene già a %2 (id %3) nel registro: una persona si registra una sola volta. Modificare quella scheda.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the Tavolo&apos;s history refers to this person (offices, designations, meetings). The history is never rewritten.</source>
        <translation>La scheda di %1 non può essere eliminata: lo storico del Tavolo fa riferimento a questa persona (cariche, designazioni, sedute) e non viene mai riscritto.</translation>
    </message>
    <message>
        <source>%1 cannot be put back: id %2 is already in use.</source>
        <translation>%1 non si può ripristinare: l&apos;id %2 è già in uso.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Person %1 is already anonymised.</source>
        <translation>La persona %1 è già anonimizzata.</translation>
    </message>
    <message>
        <source>Person %1 is anonymised in the archive, but another program reading it at this moment keeps the old values in the journal file (-wal) beside the archive: they stay there until every program that has the archive open closes it.</source>
        <translation>La persona %1 è anonimizzata nell&apos;archivio, ma un altro programma che lo sta leggendo in questo momento trattiene i vecchi valori nel file di giornale (-wal) accanto all&apos;archivio: vi restano finché tutti i programmi che hanno aperto l&apos;archivio non lo chiudono.</translation>
    </message>
</context>
<context>
    <name>PlainText</name>
    <message>
        <source>The text &quot;%1&quot; holds half of a character (a lone surrogate, %2): it cannot be saved. Type that part again.</source>
        <translation>Il testo &quot;%1&quot; contiene mezzo carattere (un surrogato isolato, %2): non può essere salvato. Riscrivere quella parte.</translation>
    </message>
    <message>
        <source>The text &quot;%1&quot; holds an invisible control character (%2), which documents and terminals cannot show: remove it (it often comes with a paste).</source>
        <translation>Il testo &quot;%1&quot; contiene un carattere di controllo invisibile (%2), che documenti e terminali non possono mostrare: toglierlo (spesso arriva con un copia e incolla).</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>%1 on %2, since %3</source>
        <translation>%1 sul computer %2, dal %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <source>Convocation letters of %1</source>
        <translation>Lettere di convocazione del %1</translation>
    </message>
    <message>
        <source>Attendance sheet of %1</source>
        <translation>Foglio presenze del %1</translation>
    </message>
    <message>
        <source>Composition of the Tavolo on %1</source>
        <translation>Composizione del Tavolo al %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s), printed on %1.</source>
        <translation>
            <numerusform>%n scheda, stampata il %1.</numerusform>
            <numerusform>%n schede, stampate il %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Print %1</source>
        <translation>Stampa: %1</translation>
    </message>
    <message>
        <source>The printer could not be started: check that it is on and connected, or choose another.</source>
        <translation>Non è stato possibile avviare la stampante: controllate che sia accesa e collegata, oppure sceglietene un&apos;altra.</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Anteprima di stampa: %1</translation>
    </message>
</context>
<context>
    <name>RecordVersion</name>
    <message>
        <source>another program</source>
        <translation>un altro programma</translation>
    </message>
    <message>
        <source>This record was changed by %1 after you opened it: reload it to see that change, then make yours again.</source>
        <translation>Questo record è stato modificato da %1 dopo che lo avete aperto: ricaricatelo per vedere quella modifica, poi rifate la vostra.</translation>
    </message>
    <message>
        <source>This record was changed by %1 on %2 after you opened it: reload it to see that change, then make yours again.</source>
        <translation>Questo record è stato modificato da %1 il %2 dopo che lo avete aperto: ricaricatelo per vedere quella modifica, poi rifate la vostra.</translation>
    </message>
    <message>
        <source>These settings were changed by %1 on %2 after you opened them: revert to see that change, then make yours again.</source>
        <translation>Queste impostazioni sono state modificate da %1 il %2 dopo che le avete aperte: usate «Annulla le modifiche» per vedere quella modifica, poi rifate la vostra.</translation>
    </message>
    <message>
        <source>These settings were changed by %1 after you opened them: revert to see that change, then make yours again.</source>
        <translation>Queste impostazioni sono state modificate da %1 dopo che le avete aperte: usate «Annulla le modifiche» per vedere quella modifica, poi rifate la vostra.</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>The file has no records: the first line must name the columns and the records follow it.</source>
        <translation>Il file non contiene record: la prima riga deve indicare le colonne e i record la seguono.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Write one of the categories of the regulation (e.g. &quot;Cooperativa sociale&quot;, &quot;ODV&quot;, &quot;APS&quot;) or its id (e.g. social-cooperative).</source>
        <translation>Categoria sconosciuta «%1». Scrivere una delle categorie del regolamento (es. «Cooperativa sociale», «ODV», «APS») o il suo id (es. social-cooperative).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no (sì/no).</source>
        <translation>«%1» non è sì o no.</translation>
    </message>
    <message>
        <source>An organisation with tax code %1 is already in the archive (%2).</source>
        <translation>Un ente con codice fiscale %1 è già nell&apos;archivio (%2).</translation>
    </message>
    <message>
        <source>No organisation in the archive has the tax code or name &quot;%1&quot;: import the organisations first.</source>
        <translation>Nessun ente dell&apos;archivio ha il codice fiscale o il nome «%1»: importare prima gli enti.</translation>
    </message>
    <message>
        <source>%1 organisations in the archive are called &quot;%2&quot;: write the tax code instead.</source>
        <translation>Nell&apos;archivio %1 enti si chiamano «%2»: scrivere invece il codice fiscale.</translation>
    </message>
    <message>
        <source>A person with tax code %1 is already in the archive (%2).</source>
        <translation>Una persona con codice fiscale %1 è già nell&apos;archivio (%2).</translation>
    </message>
    <message>
        <source>The tax code %1 is also on line %2 of the file.</source>
        <translation>Il codice fiscale %1 compare anche alla riga %2 del file.</translation>
    </message>
</context>
<context>
    <name>RegulationRules</name>
    <message>
        <source>The request threshold must be a fraction such as &quot;1/3&quot;.</source>
        <translation>La soglia per la richiesta deve essere una frazione come «1/3».</translation>
    </message>
    <message>
        <source>One third of the representatives can ask for a meeting (requirement d): the threshold cannot be raised to %1/%2.</source>
        <translation>Un terzo dei rappresentanti può chiedere una seduta, come prevede la lett. d) dei requisiti minimi: la soglia non può salire a %1/%2.</translation>
    </message>
    <message>
        <source>The notice cannot be a negative number of days.</source>
        <translation>Il preavviso non può essere un numero negativo di giorni.</translation>
    </message>
    <message>
        <source>The days allowed to convene after a request must be at least 1.</source>
        <translation>I giorni concessi per convocare dopo una richiesta devono essere almeno 1.</translation>
    </message>
    <message>
        <source>The seats of the category &quot;%1&quot; are fixed by requirement e (%2): an amendment cannot make them %3.</source>
        <translation>I seggi della categoria «%1» sono fissati dalla lett. e) dei requisiti minimi (%2): una modifica non può portarli a %3.</translation>
    </message>
    <message>
        <source>The %1 is a member required by requirements a–b: an amendment cannot remove the office.</source>
        <translation>Il %1 è un componente richiesto dalle lett. a) e b) dei requisiti minimi: una modifica non può eliminarne la carica.</translation>
    </message>
    <message>
        <source>The Tavolo has no members in office on %1, so nobody can approve an amendment.</source>
        <translation>Il %1 il Tavolo non ha componenti in carica, quindi nessuno può approvare una modifica.</translation>
    </message>
    <message>
        <source>Not members of the Tavolo on %1, so their approval does not count: %2.</source>
        <translation>Non sono componenti del Tavolo il %1, quindi la loro approvazione non conta: %2.</translation>
    </message>
    <message numerus="yes">
        <source>An amendment needs the approval of all %n member(s) in office on %1; missing: %2. Collect their approval before recording it.</source>
        <translation>
            <numerusform>Una modifica richiede l&apos;approvazione dell&apos;unico componente in carica il %1; manca: %2. Raccoglierne l&apos;approvazione prima di registrarla.</numerusform>
            <numerusform>Una modifica richiede l&apos;approvazione di tutti i %n componenti in carica il %1; mancano: %2. Raccoglierne l&apos;approvazione prima di registrarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the date the amendment takes effect.</source>
        <translation>Indicare la data da cui la modifica ha effetto.</translation>
    </message>
    <message>
        <source>The regulation was already amended on %1: amendments are recorded in date order and never rewrite an earlier version.</source>
        <translation>Il regolamento è già stato modificato il %1: le modifiche si registrano in ordine di data e non riscrivono mai una versione precedente.</translation>
    </message>
    <message numerus="yes">
        <source>The Tavolo meets at least twice a year (requirement c): an amendment cannot set %n meeting(s) a year.</source>
        <translation>
            <numerusform>Il Tavolo si riunisce almeno due volte l&apos;anno, come prevede la lett. c) dei requisiti minimi: una modifica non può prevedere %n seduta l&apos;anno.</numerusform>
            <numerusform>Il Tavolo si riunisce almeno due volte l&apos;anno, come prevede la lett. c) dei requisiti minimi: una modifica non può prevedere %n sedute l&apos;anno.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no meeting with id %1.</source>
        <translation>Non esiste una seduta con id %1.</translation>
    </message>
    <message>
        <source>An amendment is approved at a held meeting of the Tavolo on or before its date (%1): the meeting of %2 is not one.</source>
        <translation>Una modifica si approva in una seduta svolta del Tavolo entro la sua data (%1): la seduta del %2 non lo è.</translation>
    </message>
    <message>
        <source>The approvers must be among those present at the meeting of %1; not present: %2.</source>
        <translation>Chi approva deve essere tra i presenti alla seduta del %1; non presenti: %2.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>The year %1 is not a year of the archive.</source>
        <translation>L&apos;anno %1 non è un anno dell&apos;archivio.</translation>
    </message>
</context>
<context>
    <name>RequestRules</name>
    <message>
        <source>A request to convene must be motivated: write its reasons.</source>
        <translation>La richiesta di convocazione deve essere motivata: scriverne le ragioni.</translation>
    </message>
    <message>
        <source>Each signatory counts once; signed twice: %1.</source>
        <translation>Ogni firmatario conta una volta; hanno firmato due volte: %1.</translation>
    </message>
    <message>
        <source>Only representatives designated by third-sector organisations and in office on %1 may sign (institutional members do not count); not so: %2.</source>
        <translation>Possono firmare solo i rappresentanti designati dagli enti del Terzo Settore in carica il %1 (i componenti istituzionali non contano); non lo sono: %2.</translation>
    </message>
    <message>
        <source>No third-sector representative is in office on %1.</source>
        <translation>Il %1 non è in carica alcun rappresentante del Terzo Settore.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 representatives signed; the threshold (%3) is %4: %n more signature(s) needed.</source>
        <translation>
            <numerusform>Firme: %1 su %2 rappresentanti; la soglia (%3) è %4: serve ancora %n firma.</numerusform>
            <numerusform>Firme: %1 su %2 rappresentanti; la soglia (%3) è %4: servono altre %n firme.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>from %1</source>
        <translation>dal %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 starts on %2: it cannot end before.</source>
        <translation>%1 decorre dal %2: la data di cessazione non può essere anteriore.</translation>
    </message>
    <message>
        <source>%1 already ended on %2: a term is not extended; record a new one instead.</source>
        <translation>%1: cessazione già registrata il %2. Un incarico non si proroga: registrarne uno nuovo.</translation>
    </message>
</context>
<context>
    <name>ServerSessions</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
</context>
<context>
    <name>StaleLog</name>
    <message>
        <source>The archive %1 has a journal file (-wal) left beside it by a program that is no longer running, and a copy of the two cannot be kept in %2 before it is applied. Nothing was changed.</source>
        <translation>Accanto all&apos;archivio %1 c&apos;è un file di giornale (-wal) lasciato da un programma che non è più in esecuzione, e non è possibile conservare una copia dei due file in %2 prima di applicarlo. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>SubmissionCorrection</name>
    <message>
        <source>The submission was decided on %1, before the corrected day of receipt (%2).</source>
        <translation>Sulla domanda si è deciso il %1, prima della data di ricezione corretta (%2).</translation>
    </message>
    <message>
        <source>Corrected, the submission was received on %1, after the deadline of the form %2 (%3): it is late, its admission on receipt is withdrawn and it waits for your decision, with a reason.</source>
        <translation>Con la correzione la domanda risulta pervenuta il %1, dopo la scadenza dell&apos;allegato %2 (%3): è fuori termine, l&apos;ammissione alla ricezione è revocata e attende la tua decisione motivata.</translation>
    </message>
    <message>
        <source> The decision taken on it as late (%1 on %2: %3) no longer applies.</source>
        <translation> La decisione presa quando risultava fuori termine (%1 il %2: %3) non vale più.</translation>
    </message>
    <message>
        <source>Corrected, the submission was received on %1, within the deadline of the form %2 (%3): it is on time and admitted on receipt.</source>
        <translation>Con la correzione la domanda risulta pervenuta il %1, entro la scadenza dell&apos;allegato %2 (%3): è nei termini e ammessa alla ricezione.</translation>
    </message>
</context>
<context>
    <name>SubmissionRules</name>
    <message>
        <source>%1 (received %2)</source>
        <translation>%1 (pervenuta il %2)</translation>
    </message>
    <message>
        <source>%1 (prot. %2 of %3)</source>
        <translation>%1 (prot. %2 del %3)</translation>
    </message>
    <message>
        <source>A submission is sent by an organisation or by a person: give one of the two.</source>
        <translation>Una domanda è inviata da un ente o da una persona: indicare uno dei due.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Non esiste una persona con id %1.</translation>
    </message>
    <message>
        <source>The call &quot;%1&quot; does not open %2.</source>
        <translation>L&apos;avviso «%1» non riguarda %2.</translation>
    </message>
    <message>
        <source>Name the contact person who will take part in the tables chosen.</source>
        <translation>Indicare il referente che parteciperà ai tavoli scelti.</translation>
    </message>
    <message>
        <source>There is no call with id %1.</source>
        <translation>Non esiste un avviso con id %1.</translation>
    </message>
    <message>
        <source>The call &quot;%1&quot; has no form %2.</source>
        <translation>L&apos;avviso «%1» non ha l&apos;allegato %2.</translation>
    </message>
    <message>
        <source>Give the day and time the submission was received.</source>
        <translation>Indicare giorno e ora di ricezione della domanda.</translation>
    </message>
    <message>
        <source>Received on %1, after the deadline of the form %2 (%3): late, it waits for your decision, with a reason.</source>
        <translation>Pervenuta il %1, dopo la scadenza dell&apos;allegato %2 (%3): fuori termine, attende la tua decisione motivata.</translation>
    </message>
    <message>
        <source>There is no submission with id %1.</source>
        <translation>Non esiste una domanda con id %1.</translation>
    </message>
    <message>
        <source>The submission of %1 is already %2 (%3).</source>
        <translation>La domanda di %1 è già %2 (%3).</translation>
    </message>
    <message>
        <source>The decision is taken on the day of receipt (%1) or later.</source>
        <translation>La decisione si prende il giorno della ricezione (%1) o dopo.</translation>
    </message>
    <message>
        <source>A late submission is decided with a reason.</source>
        <translation>Una domanda fuori termine si decide con una motivazione.</translation>
    </message>
    <message>
        <source>The form %1 of the call &quot;%2&quot; was already received from %3: correct that submission (id %4, submission.update) instead of recording a second one.</source>
        <translation>L&apos;allegato %1 dell&apos;avviso «%2» è già pervenuto da %3: correggere quella domanda (id %4, submission.update) invece di registrarne una seconda.</translation>
    </message>
</context>
<context>
    <name>TavoloFields</name>
    <message>
        <source>&quot;%1&quot; is not a kind of meeting: ordinary, requested or joint.</source>
        <translation>«%1» non è un tipo di seduta: ordinary, requested o joint.</translation>
    </message>
    <message>
        <source>&quot;requestThreshold&quot; is a fraction such as &quot;1/3&quot;.</source>
        <translation>«requestThreshold» è una frazione come «1/3».</translation>
    </message>
    <message>
        <source>&quot;seats&quot; maps a category with seats to a number; &quot;%1&quot; is not one.</source>
        <translation>«seats» associa a ogni categoria con seggi un numero; «%1» non lo è.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office.</source>
        <translation>«%1» non è una carica.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a change the regulation knows, or its value has the wrong type.</source>
        <translation>«%1» non è una modifica prevista dal regolamento, o il suo valore ha il tipo sbagliato.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an office; the offices are: %2.</source>
        <translation>«%1» non è una carica; le cariche sono: %2.</translation>
    </message>
    <message>
        <source>Each attendance is {&quot;person&quot;: …, &quot;status&quot;: &quot;present&quot; | &quot;excused&quot; | &quot;absent&quot;}.</source>
        <translation>Ogni presenza è {&quot;person&quot;: …, &quot;status&quot;: &quot;present&quot; | &quot;excused&quot; | &quot;absent&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number from 0 to 1000; %2 is not.</source>
        <translation>&quot;%1&quot; deve essere un numero intero da 0 a 1000; %2 non lo è.</translation>
    </message>
    <message>
        <source>A vote is &quot;unanimous&quot; or {&quot;favourable&quot;: n, &quot;contrary&quot;: n, &quot;abstained&quot;: n}.</source>
        <translation>Una votazione è &quot;unanimous&quot; oppure {&quot;favourable&quot;: n, &quot;contrary&quot;: n, &quot;abstained&quot;: n}.</translation>
    </message>
    <message>
        <source>The approval&apos;s vote gives the counts only, no names.</source>
        <translation>Il voto di approvazione riporta solo i conteggi, senza nomi.</translation>
    </message>
</context>
<context>
    <name>TavoloPages</name>
    <message>
        <source>Is everything in order?</source>
        <translation>È tutto in regola?</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composizione</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Requests to convene</source>
        <translation>Richieste di convocazione</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regolamento</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Gruppi di lavoro</translation>
    </message>
    <message>
        <source>Piano di Zona</source>
        <translation>Piano di Zona</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Relazione annuale</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
</context>
<context>
    <name>TavoloPersonalData</name>
    <message>
        <source>delegate of the %1</source>
        <translation>delegato del %1</translation>
    </message>
    <message>
        <source>representative of %1</source>
        <translation>rappresentante di %1</translation>
    </message>
    <message>
        <source>guest of the meeting of %1</source>
        <translation>invitato alla seduta del %1</translation>
    </message>
    <message>
        <source>%1 cannot be anonymised while still in office or expected: %2. End those terms first; the history stays, under the pseudonym.</source>
        <translation>I dati di %1 non si possono anonimizzare finché ha incarichi in corso o futuri: %2. Registrarne prima la cessazione; lo storico resta, sotto lo pseudonimo.</translation>
    </message>
</context>
<context>
    <name>TaxCode</name>
    <message numerus="yes">
        <source>The tax code of an organisation has 11 digits; &quot;%1&quot; has %n character(s).</source>
        <translation>
            <numerusform>Il codice fiscale di un ente ha 11 cifre; «%1» ha %n carattere.</numerusform>
            <numerusform>Il codice fiscale di un ente ha 11 cifre; «%1» ha %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tax code of an organisation has digits only; &quot;%1&quot; contains &quot;%2&quot;.</source>
        <translation>Il codice fiscale di un ente contiene solo cifre; «%1» contiene «%2».</translation>
    </message>
    <message>
        <source>The tax code &quot;%1&quot; is wrong: its check digit should be %2, not %3. Check the digits against the organisation&apos;s documents.</source>
        <translation>Il codice fiscale «%1» è errato: la cifra di controllo dovrebbe essere %2, non %3. Verificare le cifre sui documenti dell&apos;ente.</translation>
    </message>
    <message numerus="yes">
        <source>A personal tax code has 16 characters; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Il codice fiscale di una persona ha 16 caratteri; «%1» ne ha %n.</numerusform>
            <numerusform>Il codice fiscale di una persona ha 16 caratteri; «%1» ne ha %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal tax code &quot;%1&quot; is malformed at character %2 (&quot;%3&quot;).</source>
        <translation>Il codice fiscale «%1» non è ben formato al carattere %2 («%3»).</translation>
    </message>
    <message>
        <source>The personal tax code &quot;%1&quot; has no valid month letter (&quot;%2&quot;).</source>
        <translation>Il codice fiscale «%1» non ha una lettera del mese valida («%2»).</translation>
    </message>
    <message>
        <source>The personal tax code &quot;%1&quot; has an impossible day of birth (%2).</source>
        <translation>Il codice fiscale «%1» ha un giorno di nascita impossibile (%2).</translation>
    </message>
    <message>
        <source>The personal tax code &quot;%1&quot; is wrong: its check letter should be %2, not %3.</source>
        <translation>Il codice fiscale «%1» è errato: il carattere di controllo dovrebbe essere %2, non %3.</translation>
    </message>
</context>
<context>
    <name>tavolo::AdhesionDialog</name>
    <message>
        <source>Record an adhesion to the programme agreement</source>
        <translation>Registra un&apos;adesione all&apos;accordo di programma</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Act date</source>
        <translation>Data dell&apos;atto</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Atto</translation>
    </message>
    <message>
        <source>empty until the act accepts it</source>
        <translation>vuoto finché un atto non la accoglie</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>Re&amp;quested on:</source>
        <translation>Richiesta i&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Act:</source>
        <translation>A&amp;tto:</translation>
    </message>
    <message>
        <source>Act &amp;date:</source>
        <translation>&amp;Data dell&apos;atto:</translation>
    </message>
    <message>
        <source>Present at no held meeting of the cycle&apos;s tables.</source>
        <translation>Nessuna presenza alle sedute tenute dei tavoli del ciclo.</translation>
    </message>
    <message numerus="yes">
        <source>Present at %n held meeting(s) of the cycle&apos;s tables: %1.</source>
        <translation>
            <numerusform>Presente a %n seduta tenuta dei tavoli del ciclo: %1.</numerusform>
            <numerusform>Presente a %n sedute tenute dei tavoli del ciclo: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::AdhesionsPanel</name>
    <message>
        <source>Record adhesion…</source>
        <translation>Registra adesione…</translation>
    </message>
    <message>
        <source>List of adherents…</source>
        <translation>Elenco degli aderenti…</translation>
    </message>
    <message>
        <source>Adhesions</source>
        <translation>Adesioni</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Richiesta il</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Atto</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>awaiting the act</source>
        <translation>in attesa dell&apos;atto</translation>
    </message>
    <message>
        <source>List of adherents</source>
        <translation>Elenco degli aderenti</translation>
    </message>
</context>
<context>
    <name>tavolo::AgendaBox</name>
    <message>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <source>&amp;Add item…</source>
        <translation>Aggiungi pun&amp;to…</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>Rimuo&amp;vi punto</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Sposta in &amp;basso</translation>
    </message>
    <message>
        <source>(no items yet: a meeting is convened with its agenda)</source>
        <translation>(nessun punto: una seduta si convoca con il suo ordine del giorno)</translation>
    </message>
    <message>
        <source>Add an agenda item</source>
        <translation>Aggiungi un punto all&apos;ordine del giorno</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Punto:</translation>
    </message>
</context>
<context>
    <name>tavolo::AmendDialog</name>
    <message>
        <source>Amend the regulation</source>
        <translation>Modifica del regolamento</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In vigore dal</translation>
    </message>
    <message>
        <source>Meetings a year, at least</source>
        <translation>Numero minimo di sedute annue</translation>
    </message>
    <message>
        <source>Notice, days</source>
        <translation>Preavviso, giorni</translation>
    </message>
    <message>
        <source>Days to convene after a valid request</source>
        <translation>Giorni per convocare dopo una richiesta valida</translation>
    </message>
    <message>
        <source>Request threshold numerator</source>
        <translation>Numeratore della soglia per la richiesta</translation>
    </message>
    <message>
        <source>Request threshold denominator</source>
        <translation>Denominatore della soglia per la richiesta</translation>
    </message>
    <message>
        <source>Approvals of the members</source>
        <translation>Approvazioni dei componenti</translation>
    </message>
    <message>
        <source>All appro&amp;ved</source>
        <translation>Tutti hanno appro&amp;vato</translation>
    </message>
    <message>
        <source>of the representatives in office</source>
        <translation>dei rappresentanti in carica</translation>
    </message>
    <message>
        <source>In force &amp;from:</source>
        <translation>In vigore &amp;dal:</translation>
    </message>
    <message>
        <source>&amp;Meetings a year, at least:</source>
        <translation>Numero minimo di &amp;sedute annue:</translation>
    </message>
    <message>
        <source>&amp;Notice (days):</source>
        <translation>&amp;Preavviso (giorni):</translation>
    </message>
    <message>
        <source>Days to convene after a valid re&amp;quest:</source>
        <translation>Giorni per convocare dopo una ri&amp;chiesta valida:</translation>
    </message>
    <message>
        <source>Request &amp;threshold:</source>
        <translation>S&amp;oglia per la richiesta:</translation>
    </message>
    <message>
        <source>A&amp;pproved by (every member):</source>
        <translation>Approva&amp;ta da (ogni componente):</translation>
    </message>
    <message>
        <source>Change at least one parameter.</source>
        <translation>Modificare almeno un parametro.</translation>
    </message>
    <message numerus="yes">
        <source>Approved by %n of %1 members</source>
        <translation>
            <numerusform>Approvata da %n componente su %1</numerusform>
            <numerusform>Approvata da %n componenti su %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::ApproveMinutesDialog</name>
    <message>
        <source>Approve the minutes of %1</source>
        <translation>Approva il verbale della seduta del %1</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Appro&amp;va</translation>
    </message>
    <message>
        <source>Approved at</source>
        <translation>Approvato nella seduta</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Seduta del %1</translation>
    </message>
    <message>
        <source>At the &amp;meeting of:</source>
        <translation>Nella &amp;seduta del:</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Votazione:</translation>
    </message>
    <message>
        <source>No later meeting of the same body has been held yet: minutes are approved at one held after the minuted meeting.</source>
        <translation>Nessuna seduta successiva dello stesso organo si è ancora svolta: il verbale si approva in una seduta svolta dopo quella verbalizzata.</translation>
    </message>
</context>
<context>
    <name>tavolo::Archive</name>
    <message>
        <source>There is no archive at %1.</source>
        <translation>Non esiste un archivio in %1.</translation>
    </message>
    <message>
        <source>The folder for the archive %1 cannot be created.</source>
        <translation>Non è possibile creare la cartella per l&apos;archivio %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Il file %1 non può essere letto: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Tavolo archive: it is not a database, or it is damaged. It was left untouched.</source>
        <translation>Il file %1 non è un archivio di Tavolo: non è un database, oppure è danneggiato. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not a Tavolo archive. It was left untouched.</source>
        <translation>Il file %1 è un database di un altro programma, non un archivio di Tavolo. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer version of Tavolo (schema %2; this program knows up to %3). Update Tavolo to open it. The file was left untouched.</source>
        <translation>L&apos;archivio %1 è stato scritto da una versione più recente di Tavolo (schema %2; questo programma arriva allo schema %3). Aggiornare Tavolo per aprirlo. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>The archive %1 is read-only: Tavolo needs to write to it. Ask for write permission or copy it to a folder of yours.</source>
        <translation>L&apos;archivio %1 è di sola lettura: Tavolo deve potervi scrivere. Chiedere il permesso di scrittura oppure copiarlo in una propria cartella.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: %2</source>
        <translation>Non è possibile aprire l&apos;archivio %1: %2</translation>
    </message>
    <message>
        <source>The file %1 is not an archive this version of Tavolo can open. It was left untouched.</source>
        <translation>Il file %1 non è un archivio che questa versione di Tavolo può aprire. Il file non è stato modificato.</translation>
    </message>
    <message>
        <source>No archive is open.</source>
        <translation>Nessun archivio è aperto.</translation>
    </message>
    <message>
        <source>The archive could not complete the operation: %1</source>
        <translation>L&apos;archivio non ha potuto completare l&apos;operazione: %1</translation>
    </message>
    <message>
        <source>The archive %1 is damaged: the file is shorter than its own header says (it was cut short, perhaps by an interrupted copy). It was left untouched: restore it from a backup with &quot;tavolo-cli restore&quot;.</source>
        <translation>L&apos;archivio %1 è danneggiato: il file è più corto di quanto dice la sua intestazione (è stato troncato, forse da una copia interrotta). Non è stato toccato: ripristinarlo da una copia con «tavolo-cli restore».</translation>
    </message>
    <message>
        <source>The folder %1 is read-only: a new archive cannot be created there. Choose a folder of yours.</source>
        <translation>La cartella %1 è in sola lettura: non vi si può creare un nuovo archivio. Scegliere una propria cartella.</translation>
    </message>
    <message>
        <source>The folder of the archive %1 is read-only: Tavolo needs to keep a journal file beside the archive while it works. Ask for write permission, or copy the archive to a folder of yours.</source>
        <translation>La cartella dell&apos;archivio %1 è in sola lettura: Tavolo deve tenere un file di giornale accanto all&apos;archivio mentre lavora. Chiedere il permesso di scrittura o copiare l&apos;archivio in una propria cartella.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged (%2). It was left untouched: restore it from a backup with &quot;tavolo-cli restore&quot;.</source>
        <translation>L&apos;archivio %1 è danneggiato (%2). Non è stato toccato: ripristinarlo da una copia con «tavolo-cli restore».</translation>
    </message>
    <message>
        <source>The archive %1 is no longer where it was opened: it was moved, renamed or deleted, or its drive was disconnected. This change was not saved. Open the archive again from where it is now.</source>
        <translation>L&apos;archivio %1 non è più dove è stato aperto: è stato spostato, rinominato o cancellato, o la sua unità è stata scollegata. Questa modifica non è stata salvata. Riaprire l&apos;archivio da dove si trova ora.</translation>
    </message>
    <message>
        <source>The archive is in use by another program that is saving changes. Nothing was changed; try again in a moment.</source>
        <translation>L&apos;archivio è in uso da parte di un altro programma che sta salvando modifiche. Non è stato modificato nulla; riprovare tra poco.</translation>
    </message>
    <message>
        <source>The archive is in use by %1, which is saving changes. Nothing was changed; try again in a moment.</source>
        <translation>L&apos;archivio è in uso da parte di %1, che sta salvando modifiche. Non è stato modificato nulla; riprovare tra poco.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a folder, a pipe or a device), so it cannot be an archive. Nothing was changed.</source>
        <translation>%1 non è un file ordinario (è una cartella, una pipe o un dispositivo), quindi non può essere un archivio. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The archive %1 was altered outside Tavolo, or is damaged: %2. Tavolo does not use it, so that nothing hidden in it can act. It was left untouched: restore it from a backup with &quot;tavolo-cli restore&quot;.</source>
        <translation>L&apos;archivio %1 è stato modificato fuori da Tavolo, oppure è danneggiato: %2. Tavolo non lo usa, perché nulla di nascosto al suo interno possa agire. Non è stato toccato: ripristinarlo da una copia di sicurezza con &quot;tavolo-cli restore&quot;.</translation>
    </message>
    <message>
        <source>The journal left beside the archive %1 cannot be checked (no room for a copy). Nothing was changed.</source>
        <translation>Il file di giornale lasciato accanto all&apos;archivio %1 non può essere controllato (non c&apos;è spazio per una copia). Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>%1 The archive had a journal file (-wal) left beside it by a program that is no longer running; with it applied the archive cannot be used. Both files were left as they are, and a copy of them is in %2.</source>
        <translation>%1 Accanto all&apos;archivio c&apos;era un file di giornale (-wal) lasciato da un programma che non è più in esecuzione; una volta applicato, l&apos;archivio non è utilizzabile. Entrambi i file sono stati lasciati come sono, e una loro copia è in %2.</translation>
    </message>
    <message>
        <source>%1 is a link to another file. Tavolo writes there who is saving, and will not write through a link: remove it. Nothing was changed.</source>
        <translation>%1 è un collegamento a un altro file. Tavolo vi scrive chi sta salvando e non scrive attraverso un collegamento: rimuoverlo. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The text &quot;%1…&quot; is %2 characters long; this field takes at most %3.</source>
        <translation>Il testo &quot;%1…&quot; è lungo %2 caratteri; questo campo ne accetta al massimo %3.</translation>
    </message>
    <message>
        <source>The archive %1 had a journal file (-wal) left beside it by a program that is no longer running (a crash, or a copy of another archive&apos;s files). Its changes were applied; the archive and the journal as they were are kept in %2 (the newest %3 such copies are kept, older ones are removed).</source>
        <translation>L&apos;archivio %1 aveva accanto un file di giornale (-wal) lasciato da un programma non più in esecuzione (un arresto improvviso, o la copia dei file di un altro archivio). Le sue modifiche sono state applicate; l&apos;archivio e il giornale com&apos;erano sono conservati in %2 (si conservano le %3 copie più recenti di questo tipo, le più vecchie vengono rimosse).</translation>
    </message>
    <message>
        <source>The archive %1 is on a network drive, where only one program at a time can use it, and another program (on this computer or on another one) has it open. Nothing was changed: close it there, then try again.</source>
        <translation>L&apos;archivio %1 si trova su un&apos;unità di rete, dove può usarlo un solo programma alla volta, e un altro programma (su questo computer o su un altro) lo ha aperto. Non è stato modificato nulla: chiuderlo lì, poi riprovare.</translation>
    </message>
    <message>
        <source>The archive %1 is on a network drive, where only one program at a time can use it, and it is open in %2. Nothing was changed: close it there, then try again.</source>
        <translation>L&apos;archivio %1 si trova su un&apos;unità di rete, dove può usarlo un solo programma alla volta, ed è aperto in %2. Non è stato modificato nulla: chiuderlo lì, poi riprovare.</translation>
    </message>
    <message>
        <source>The archive %1 is on a network drive and cannot leave the write-ahead-log mode, which is unsafe there (SQLite says: %2). It was not used.</source>
        <translation>L&apos;archivio %1 si trova su un&apos;unità di rete e non può lasciare la modalità con giornale anticipato (write-ahead log), che lì non è sicura (SQLite dice: %2). Non è stato usato.</translation>
    </message>
    <message>
        <source>This installation of Tavolo cannot reach a PostgreSQL server (Qt&apos;s PostgreSQL driver is missing).</source>
        <translation>Questa installazione di Tavolo non può collegarsi a un server PostgreSQL (manca il driver PostgreSQL di Qt).</translation>
    </message>
    <message>
        <source>The archive %1 cannot be opened: the server answered: %2</source>
        <translation>Non è possibile aprire l&apos;archivio %1: il server ha risposto: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables that are not a Tavolo archive. Nothing was changed: name an empty database, or Tavolo&apos;s.</source>
        <translation>Il database %1 contiene tabelle che non sono un archivio di Tavolo. Non è stato cambiato nulla: indicate un database vuoto, o quello di Tavolo.</translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer version of Tavolo (schema %2; this program knows up to %3). Update Tavolo to open it. It was left untouched.</source>
        <translation>L&apos;archivio %1 è stato scritto da una versione più recente di Tavolo (schema %2; questo programma arriva fino al %3). Aggiornate Tavolo per aprirlo. L&apos;archivio non è stato toccato.</translation>
    </message>
    <message>
        <source>%1 is not a connection string Tavolo understands: write it as postgresql://user@server:5432/database.</source>
        <translation>%1 non è una stringa di connessione che Tavolo comprende: scrivetela come postgresql://utente@server:5432/database.</translation>
    </message>
    <message>
        <source>Another workstation was saving a change to the same records at the same moment, again and again: this change was not saved. Try again.</source>
        <translation>Un&apos;altra postazione stava salvando, ripetutamente e nello stesso momento, una modifica agli stessi dati: questa modifica non è stata salvata. Riprovate.</translation>
    </message>
    <message>
        <source>The connection to the office server was lost: this change was not saved, and everything saved before it is safe. Check the network and try again.</source>
        <translation>Il collegamento con il server dell&apos;ufficio si è interrotto: questa modifica non è stata salvata, e tutto ciò che era stato salvato prima è al sicuro. Controllate la rete e riprovate.</translation>
    </message>
    <message>
        <source>The office server&apos;s disk is full: this change was not saved, and everything saved before it is safe. Tell whoever looks after the server.</source>
        <translation>Il disco del server dell&apos;ufficio è pieno: questa modifica non è stata salvata, e tutto ciò che era stato salvato prima è al sicuro. Avvisate chi gestisce il server.</translation>
    </message>
    <message>
        <source>Your account on the office server is not allowed to change the archive: this change was not saved. Ask whoever looks after the server.</source>
        <translation>Il vostro account sul server dell&apos;ufficio non ha il permesso di modificare l&apos;archivio: questa modifica non è stata salvata. Rivolgetevi a chi gestisce il server.</translation>
    </message>
    <message>
        <source>The disk is full or your storage quota is exceeded: this change was not saved, and everything saved before it is safe. Free some space and try again.</source>
        <translation>Il disco è pieno o la quota di spazio è esaurita: questa modifica non è stata salvata, e tutto ciò che era stato salvato prima è al sicuro. Liberate un po&apos; di spazio e riprovate.</translation>
    </message>
    <message>
        <source>The archive cannot be written: it is read-only, or it was moved or deleted while open. This change was not saved.</source>
        <translation>Non è possibile scrivere nell&apos;archivio: è in sola lettura, oppure è stato spostato o cancellato mentre era aperto. Questa modifica non è stata salvata.</translation>
    </message>
    <message>
        <source>The drive of the archive reported an error while saving (it may be full, your quota exceeded, or a network folder disconnected): this change was not saved, and everything saved before it is safe. Check the drive and try again.</source>
        <translation>L&apos;unità che contiene l&apos;archivio ha segnalato un errore durante il salvataggio (può essere piena, la quota di spazio esaurita o una cartella di rete scollegata): questa modifica non è stata salvata, e tutto ciò che era stato salvato prima è al sicuro. Controllate l&apos;unità e riprovate.</translation>
    </message>
    <message>
        <source>The archive is damaged: this change was not saved. Restore the archive from a backup (tavolo-cli restore).</source>
        <translation>L&apos;archivio è danneggiato: questa modifica non è stata salvata. Ripristinate l&apos;archivio da una copia di sicurezza (tavolo-cli restore).</translation>
    </message>
    <message>
        <source>The archive %1 is on a network drive. There only one program at a time can use it safely, so while it is open here no other program (on this computer or on another one) can open it. For several workstations working together, the right place for the archive is the office server (File › Connect to the office server…; see &quot;The office server&quot; in the README).</source>
        <translation>L&apos;archivio %1 si trova su un&apos;unità di rete. Lì può usarlo in sicurezza un solo programma alla volta, quindi finché è aperto qui nessun altro programma (su questo computer o su un altro) può aprirlo. Per più postazioni che lavorano insieme, il posto giusto per l&apos;archivio è il server dell&apos;ufficio (File › Collegati al server dell&apos;ufficio…; vedere &quot;The office server&quot; nel README).</translation>
    </message>
    <message>
        <source>The office server refused the password of %1: the password is wrong, or the user does not exist. Nothing was changed.</source>
        <translation>Il server dell&apos;ufficio ha rifiutato la password per %1: la password è sbagliata, oppure l&apos;utente non esiste. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The office server asks for a password for %1 and none was given: type it, or put it in your password file (pgpass).</source>
        <translation>Il server dell&apos;ufficio chiede una password per %1 e non ne è stata data nessuna: digitarla, oppure scriverla nel proprio file delle password (pgpass).</translation>
    </message>
    <message>
        <source>The office server has no database named as in %1: check the name, or ask whoever looks after the server to create it.</source>
        <translation>Sul server dell&apos;ufficio non c&apos;è il database indicato in %1: controllare il nome, oppure chiedere a chi gestisce il server di crearlo.</translation>
    </message>
    <message>
        <source>The office server of %1 cannot be reached: check the server&apos;s name and port, that it is running, and the network. Nothing was changed.</source>
        <translation>Il server dell&apos;ufficio di %1 non è raggiungibile: controllare il nome e la porta del server, che sia acceso, e la rete. Non è stato modificato nulla.</translation>
    </message>
    <message>
        <source>The secure connection (TLS) to %1 failed: check the TLS mode, or ask whoever looks after the server. The server answered: %2</source>
        <translation>La connessione sicura (TLS) a %1 non è riuscita: controllare la modalità TLS, oppure chiedere a chi gestisce il server. Il server ha risposto: %2</translation>
    </message>
    <message>
        <source>The office server does not let this user or this computer use %1: ask whoever looks after the server. The server answered: %2</source>
        <translation>Il server dell&apos;ufficio non consente a questo utente o a questo computer di usare %1: chiedere a chi gestisce il server. Il server ha risposto: %2</translation>
    </message>
</context>
<context>
    <name>tavolo::AsOfDate</name>
    <message>
        <source>As of</source>
        <translation>Alla data</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Alla &amp;data:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Oggi</translation>
    </message>
</context>
<context>
    <name>tavolo::AttendanceDialog</name>
    <message>
        <source>Ra&amp;tify %1 as coordinator</source>
        <translation>Ra&amp;tifica %1 come coordinatore</translation>
    </message>
    <message>
        <source>Ra&amp;tify the coordinator (none proposed yet)</source>
        <translation>Ra&amp;tifica il coordinatore (nessuno proposto finora)</translation>
    </message>
</context>
<context>
    <name>tavolo::AttendancePanel</name>
    <message>
        <source>Attendance per table</source>
        <translation>Presenze per tavolo</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <source>Held meetings</source>
        <translation>Sedute tenute</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Convocazioni</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Giustificate</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Assenze</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasso</translation>
    </message>
    <message>
        <source>Attendance per body</source>
        <translation>Presenze per ente</translation>
    </message>
    <message>
        <source>Body and table</source>
        <translation>Ente e tavolo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Attendance document (PDF)…</source>
        <translation>Prospetto delle presenze (PDF)…</translation>
    </message>
    <message>
        <source>Attendance over the cycle</source>
        <translation>Presenze nel ciclo</translation>
    </message>
    <message>
        <source>Attendance %1.csv</source>
        <translation>Presenze %1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The attendance could not be written to %1: %2</source>
        <translation>Impossibile scrivere le presenze in %1: %2</translation>
    </message>
</context>
<context>
    <name>tavolo::AttendanceTable</name>
    <message>
        <source>Attendance</source>
        <translation>Presenza</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— scegliere —</translation>
    </message>
    <message>
        <source>Attendance of %1</source>
        <translation>Presenza di %1</translation>
    </message>
</context>
<context>
    <name>tavolo::AuditPage</name>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Search user, operation, values…</source>
        <translation>Cerca utente, operazione, valori…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Prima</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modifica</numerusform>
            <numerusform>%n modifiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) shown</source>
        <translation>
            <numerusform>Modifiche mostrate: %1 su %n</numerusform>
            <numerusform>Modifiche mostrate: %1 su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Esporta il registro delle modifiche</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <source>The audit trail could not be written to %1: %2</source>
        <translation>Non è stato possibile scrivere il registro delle modifiche in %1: %2</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro delle modifiche</translation>
    </message>
    <message>
        <source>Records:</source>
        <translation>Dati:</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Tutti i dati</translation>
    </message>
</context>
<context>
    <name>tavolo::AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operazione</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Cosa è cambiato</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
</context>
<context>
    <name>tavolo::BackupActions</name>
    <message>
        <source>The daily backup copy could not be made: %1</source>
        <translation>Non è stato possibile fare la copia di sicurezza giornaliera: %1</translation>
    </message>
    <message>
        <source>Backup copy made: %1</source>
        <translation>Copia di sicurezza fatta: %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Copia di sicurezza</translation>
    </message>
    <message>
        <source>A copy of the archive was saved as
%1</source>
        <translation>Una copia dell&apos;archivio è stata salvata come
%1</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Ripristina da una copia</translation>
    </message>
    <message>
        <source>Tavolo archives (*.sqlite *.tavolo);;All files (*)</source>
        <translation>Archivi di Tavolo (*.sqlite *.tavolo);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Replace the archive %1 with the copy %2?

The archive as it is now is kept in the backup folder, so this can be undone by restoring it.</source>
        <translation>Sostituire l&apos;archivio %1 con la copia %2?

L&apos;archivio com&apos;è ora viene conservato nella cartella delle copie: si può tornare indietro ripristinandolo.</translation>
    </message>
    <message>
        <source>The archive was restored from %1.</source>
        <translation>L&apos;archivio è stato ripristinato da %1.</translation>
    </message>
</context>
<context>
    <name>tavolo::CallsPanel</name>
    <message>
        <source>by %1 at %2</source>
        <translation>entro il %1 alle %2</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>entro il %1</translation>
    </message>
    <message>
        <source>Record submission…</source>
        <translation>Registra domanda…</translation>
    </message>
    <message>
        <source>Decide late submission…</source>
        <translation>Decidi domanda fuori termine…</translation>
    </message>
    <message>
        <source>Register of submissions…</source>
        <translation>Registro delle domande…</translation>
    </message>
    <message>
        <source>Register for publication…</source>
        <translation>Registro da pubblicare…</translation>
    </message>
    <message>
        <source>Receipt…</source>
        <translation>Ricevuta…</translation>
    </message>
    <message>
        <source>Admit or not a submission received after its deadline, with the reason (R-L).</source>
        <translation>Ammette o no una domanda pervenuta dopo la scadenza, con la motivazione (R-L).</translation>
    </message>
    <message>
        <source>The register without the contacts, for the website.</source>
        <translation>Il registro senza i referenti, per il sito.</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <source>Call and its forms</source>
        <translation>Avviso e suoi allegati</translation>
    </message>
    <message>
        <source>Published / deadline</source>
        <translation>Pubblicazione / scadenza</translation>
    </message>
    <message>
        <source>Submissions per table</source>
        <translation>Domande per tavolo</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Scelto</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammesse</translation>
    </message>
    <message>
        <source>published on %1</source>
        <translation>pubblicato il %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Form %1 – %2</source>
        <translation>Allegato %1 – %2</translation>
    </message>
    <message>
        <source>No calls in this cycle yet (tavolo-cli: call.add).</source>
        <translation>Nessun avviso in questo ciclo (tavolo-cli: call.add).</translation>
    </message>
    <message>
        <source>Register for publication</source>
        <translation>Registro da pubblicare</translation>
    </message>
    <message>
        <source>Register of submissions</source>
        <translation>Registro delle domande</translation>
    </message>
    <message>
        <source>Receipt of a submission</source>
        <translation>Ricevuta di una domanda</translation>
    </message>
    <message>
        <source>Outgoing protocol number of the receipt to %1:</source>
        <translation>Numero di protocollo in uscita della ricevuta a %1:</translation>
    </message>
</context>
<context>
    <name>tavolo::CancelMeetingDialog</name>
    <message>
        <source>Cancel the meeting of %1</source>
        <translation>Annulla la seduta del %1</translation>
    </message>
    <message>
        <source>Cancel &amp;meeting</source>
        <translation>Annulla &amp;seduta</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>tavolo::CompositionPage</name>
    <message>
        <source>Composition on</source>
        <translation>Composizione al</translation>
    </message>
    <message>
        <source>Composition &amp;on:</source>
        <translation>Com&amp;posizione al:</translation>
    </message>
    <message>
        <source>&amp;Designate…</source>
        <translation>&amp;Designa…</translation>
    </message>
    <message>
        <source>Add de&amp;legation…</source>
        <translation>Aggiungi de&amp;lega…</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composizione</translation>
    </message>
    <message>
        <source>Office or seat</source>
        <translation>Carica o seggio</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Chi</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Atto</translation>
    </message>
    <message>
        <source>History of terms</source>
        <translation>Storico degli incarichi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Offices (R-A, R-B)</source>
        <translation>Cariche istituzionali (R-A, R-B)</translation>
    </message>
    <message>
        <source>— vacant —</source>
        <translation>— vacante —</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>delegato</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 del %2</translation>
    </message>
    <message>
        <source>vacant seat</source>
        <translation>seggio vacante</translation>
    </message>
    <message>
        <source>%1 (delegate)</source>
        <translation>Delegato del %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 seat(s) filled</source>
        <translation>
            <numerusform>%n seggio occupato su %1</numerusform>
            <numerusform>%n seggi occupati su %1</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;nd designation…</source>
        <translation>Cessa&amp;zione della designazione…</translation>
    </message>
    <message>
        <source>&amp;Assign office…</source>
        <translation>Assegna &amp;carica…</translation>
    </message>
    <message>
        <source>History of te&amp;rms (who held which seat or office when):</source>
        <translation>&amp;Storico degli incarichi (chi ha occupato quale seggio o carica e quando):</translation>
    </message>
</context>
<context>
    <name>tavolo::ConnectDialog</name>
    <message>
        <source>disable — never encrypted</source>
        <translation>disable — mai cifrata</translation>
    </message>
    <message>
        <source>allow — encrypted only if the server insists</source>
        <translation>allow — cifrata solo se il server lo richiede</translation>
    </message>
    <message>
        <source>prefer — encrypted when the server offers it (default)</source>
        <translation>prefer — cifrata quando il server lo consente (predefinito)</translation>
    </message>
    <message>
        <source>require — always encrypted</source>
        <translation>require — sempre cifrata</translation>
    </message>
    <message>
        <source>verify-ca — encrypted, server certificate checked</source>
        <translation>verify-ca — cifrata, con verifica del certificato del server</translation>
    </message>
    <message>
        <source>verify-full — encrypted, certificate and server name checked</source>
        <translation>verify-full — cifrata, con verifica del certificato e del nome del server</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Ricorda la password nel portachiavi di sistema</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Prova la connessione</translation>
    </message>
    <message>
        <source>Connect to the office server</source>
        <translation>Collegati al server dell&apos;ufficio</translation>
    </message>
    <message>
        <source>The archive shared by the office lives in a database on a PostgreSQL server. Ask whoever looks after it for these details (README, &quot;The office server&quot;).</source>
        <translation>L&apos;archivio condiviso dall&apos;ufficio si trova in un database su un server PostgreSQL. Chiedere questi dati a chi lo gestisce (README, &quot;The office server&quot;).</translation>
    </message>
    <message>
        <source>server name or address, e.g. server.comune.it</source>
        <translation>nome o indirizzo del server, ad es. server.comune.it</translation>
    </message>
    <message>
        <source>your user on the server</source>
        <translation>il proprio utente sul server</translation>
    </message>
    <message>
        <source>empty: read from your password file (pgpass)</source>
        <translation>vuota: letta dal proprio file delle password (pgpass)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utente:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>C&amp;ifratura (TLS):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Collegati</translation>
    </message>
    <message>
        <source>The server (PostgreSQL %1) answers and the database is empty: connecting makes a new archive in it.</source>
        <translation>Il server (PostgreSQL %1) risponde e il database è vuoto: collegandosi vi si crea un nuovo archivio.</translation>
    </message>
    <message>
        <source>The server (PostgreSQL %1) answers and the database holds a Tavolo archive.</source>
        <translation>Il server (PostgreSQL %1) risponde e il database contiene un archivio di Tavolo.</translation>
    </message>
</context>
<context>
    <name>tavolo::ConveneDialog</name>
    <message>
        <source>Convene the meeting of %1</source>
        <translation>Convoca la seduta del %1</translation>
    </message>
    <message>
        <source>&amp;Convene</source>
        <translation>&amp;Convoca</translation>
    </message>
    <message>
        <source>Convened on</source>
        <translation>Convocata il</translation>
    </message>
    <message>
        <source>Convocation &amp;dated:</source>
        <translation>Convocazione &amp;datata:</translation>
    </message>
    <message numerus="yes">
        <source>The agenda and the materials go to all %n participant(s). Convening fixes the date and the agenda and cannot be undone (a convened meeting is cancelled instead); the letters, dated this day, come next, from the button Export documents…</source>
        <translation>
            <numerusform>L&apos;ordine del giorno e i materiali vanno a %n partecipante. La convocazione fissa data e ordine del giorno e non si può annullare (una seduta convocata si annulla invece con Annulla seduta); le lettere, con questa data, si preparano poi con il pulsante Esporta documenti…</numerusform>
            <numerusform>L&apos;ordine del giorno e i materiali vanno a tutti i %n partecipanti. La convocazione fissa data e ordine del giorno e non si può annullare (una seduta convocata si annulla invece con Annulla seduta); le lettere, con questa data, si preparano poi con il pulsante Esporta documenti…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::CorrectMinutesDialog</name>
    <message>
        <source>Correct the approved minutes</source>
        <translation>Rettifica del verbale approvato</translation>
    </message>
    <message>
        <source>Sa&amp;ve correction</source>
        <translation>Sal&amp;va rettifica</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Rettifica</translation>
    </message>
    <message>
        <source>The corrected text, e.g. &quot;at item 2, read 12 favourable instead of 11&quot;</source>
        <translation>Il testo rettificato, ad es. &quot;al punto 2, leggasi 12 favorevoli anziché 11&quot;</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>Corrected &amp;text:</source>
        <translation>&amp;Testo rettificato:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>tavolo::CountedDialog</name>
    <message>
        <source>What was counted</source>
        <translation>Che cosa è stato contato</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>dal %1 al %2</translation>
    </message>
    <message>
        <source>over the whole cycle up to %1</source>
        <translation>sull&apos;intero ciclo fino al %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Measure «%2», %3: %n item(s) counted.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Misura «%2», %3: %n elemento contato.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;&lt;br/&gt;Misura «%2», %3: %n elementi contati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counted items</source>
        <translation>Elementi contati</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contato</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettaglio</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>seduta</translation>
    </message>
    <message>
        <source>body</source>
        <translation>ente</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tavolo</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>scheda</translation>
    </message>
    <message>
        <source>adhesion</source>
        <translation>adesione</translation>
    </message>
</context>
<context>
    <name>tavolo::CycleDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>New Piano di Zona cycle</source>
        <translation>Nuovo ciclo del Piano di Zona</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <source>Piano di Zona 2024-2026</source>
        <translation>Piano di Zona 2024-2026</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Sub-areas</source>
        <translation>Sotto-ambiti</translation>
    </message>
    <message>
        <source>One sub-area a line: «Casalasco: Casalmaggiore, Calvatone, …»</source>
        <translation>Un sotto-ambito per riga: «Casalasco: Casalmaggiore, Calvatone, …»</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;l:</translation>
    </message>
    <message>
        <source>S&amp;ub-areas:</source>
        <translation>S&amp;otto-ambiti:</translation>
    </message>
    <message>
        <source>&amp;Plan approved:</source>
        <translation>&amp;Piano approvato:</translation>
    </message>
    <message>
        <source>Programme a&amp;greement:</source>
        <translation>Accordo di pro&amp;gramma:</translation>
    </message>
    <message>
        <source>on</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>the act: «Deliberazione n. 9/2021»</source>
        <translation>l&apos;atto: «Deliberazione n. 9/2021»</translation>
    </message>
    <message>
        <source>%1: date</source>
        <translation>%1: data</translation>
    </message>
    <message>
        <source>%1: act</source>
        <translation>%1: atto</translation>
    </message>
</context>
<context>
    <name>tavolo::CyclePage</name>
    <message>
        <source>Edit cycle…</source>
        <translation>Modifica ciclo…</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>Nuovo ciclo…</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Ciclo</translation>
    </message>
    <message>
        <source>Calls and submissions</source>
        <translation>Avvisi e domande</translation>
    </message>
    <message>
        <source>Planning tables</source>
        <translation>Tavoli di programmazione</translation>
    </message>
    <message>
        <source>Programme agreement</source>
        <translation>Accordo di programma</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>Cycle:</source>
        <translation>Ciclo:</translation>
    </message>
    <message>
        <source>No Piano di Zona cycle yet: create the first with «New cycle…» (its three years, sub-areas and comuni).</source>
        <translation>Nessun ciclo del Piano di Zona: create il primo con «Nuovo ciclo…» (il triennio, i sotto-ambiti e i comuni).</translation>
    </message>
    <message>
        <source>%1, from %2 to %3.</source>
        <translation>%1, dal %2 al %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n comuni)</source>
        <translation>
            <numerusform>%1 (%n comune)</numerusform>
            <numerusform>%1 (%n comuni)</numerusform>
        </translation>
    </message>
    <message>
        <source>No sub-areas: every table is at Ambito level.</source>
        <translation>Nessun sotto-ambito: ogni tavolo è d&apos;Ambito.</translation>
    </message>
    <message>
        <source>Sub-areas: %1.</source>
        <translation>Sotto-ambiti: %1.</translation>
    </message>
    <message>
        <source>Plan approved on %1 (%2).</source>
        <translation>Piano approvato il %1 (%2).</translation>
    </message>
    <message>
        <source>Plan not approved yet.</source>
        <translation>Piano non ancora approvato.</translation>
    </message>
    <message>
        <source>Programme agreement signed on %1 (%2).</source>
        <translation>Accordo di programma sottoscritto il %1 (%2).</translation>
    </message>
    <message>
        <source>Programme agreement not signed yet.</source>
        <translation>Accordo di programma non ancora sottoscritto.</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Scritto: %1</translation>
    </message>
</context>
<context>
    <name>tavolo::DashboardPage</name>
    <message>
        <source>Summary</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>&amp;Go to the page that fixes it</source>
        <translation>&amp;Vai alla pagina per risolverlo</translation>
    </message>
    <message>
        <source>Meetings held per year</source>
        <translation>Sedute svolte per anno</translation>
    </message>
    <message>
        <source>&amp;Problems (double-click to fix):</source>
        <translation>&amp;Problemi (doppio clic per risolvere):</translation>
    </message>
    <message>
        <source>Everything is in order on %1.</source>
        <translation>Il %1 è tutto in regola.</translation>
    </message>
    <message numerus="yes">
        <source>In order on %1, with %n warning(s).</source>
        <translation>
            <numerusform>In regola il %1, con %n avviso.</numerusform>
            <numerusform>In regola il %1, con %n avvisi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in order on %1: %n problem(s) to fix.</source>
        <translation>
            <numerusform>Non in regola il %1: %n problema da risolvere.</numerusform>
            <numerusform>Non in regola il %1: %n problemi da risolvere.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next convened meeting: %1%2, %3.</source>
        <translation>Prossima seduta convocata: %1%2, %3.</translation>
    </message>
    <message>
        <source>No meeting is convened.</source>
        <translation>Nessuna seduta è convocata.</translation>
    </message>
    <message>
        <source>Mandatory offices (R-A, R-B)</source>
        <translation>Cariche obbligatorie (R-A, R-B)</translation>
    </message>
    <message>
        <source>— vacant —</source>
        <translation>— vacante —</translation>
    </message>
    <message>
        <source> (delegate: %1)</source>
        <translation> (delegato: %1)</translation>
    </message>
    <message>
        <source>Seats (R-E)</source>
        <translation>Seggi dei rappresentanti (R-E)</translation>
    </message>
    <message>
        <source>Open requests (R-D)</source>
        <translation>Richieste di convocazione da evadere (R-D)</translation>
    </message>
    <message>
        <source>Request of %1</source>
        <translation>Richiesta del %1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>non evasa entro il termine (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>manca %n giorno</numerusform>
            <numerusform>mancano %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuna</translation>
    </message>
    <message>
        <source>Groups awaiting a coordinator (R-I)</source>
        <translation>Gruppi in attesa di coordinatore (R-I)</translation>
    </message>
    <message>
        <source>flagged: first meeting held without ratifying one</source>
        <translation>segnalato: prima riunione svolta senza ratifica del coordinatore</translation>
    </message>
    <message>
        <source>proposed: %1</source>
        <translation>proposto: %1</translation>
    </message>
    <message>
        <source>none proposed</source>
        <translation>nessuno proposto</translation>
    </message>
    <message>
        <source>No problems: the Tavolo is in order.</source>
        <translation>Nessun problema: il Tavolo è in regola.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 filled</source>
        <translation>
            <numerusform>%n occupato su %1</numerusform>
            <numerusform>%n occupati su %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meetings in %1: %n held or convened, at least %2 required.</source>
        <translation>
            <numerusform>Sedute nel %1: %n svolta o convocata, ne servono almeno %2.</numerusform>
            <numerusform>Sedute nel %1: %n svolte o convocate, ne servono almeno %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::DecideDialog</name>
    <message>
        <source>Decide a late submission</source>
        <translation>Decidi su una domanda fuori termine</translation>
    </message>
    <message>
        <source>&amp;Decide</source>
        <translation>&amp;Decidi</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>Ammessa</translation>
    </message>
    <message>
        <source>Not admitted</source>
        <translation>Non ammessa</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decisa il</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>Why it is admitted or not, as the register will print it</source>
        <translation>Perché è ammessa o no, come la stamperà il registro</translation>
    </message>
    <message>
        <source>No tables were chosen: admitting it adds no participant.</source>
        <translation>Nessun tavolo scelto: ammetterla non aggiunge partecipanti.</translation>
    </message>
    <message>
        <source>If admitted, its contact takes part in %1 from the day of the decision.</source>
        <translation>Se ammessa, il suo referente partecipa a %1 dal giorno della decisione.</translation>
    </message>
    <message>
        <source>Submission:</source>
        <translation>Domanda:</translation>
    </message>
    <message>
        <source>Dec&amp;ision:</source>
        <translation>Decisio&amp;ne:</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Decisa i&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivazione:</translation>
    </message>
</context>
<context>
    <name>tavolo::DesignateDialog</name>
    <message>
        <source>&amp;Ends on</source>
        <translation>&amp;Termina il</translation>
    </message>
    <message>
        <source>Designate a representative</source>
        <translation>Designa un rappresentante</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Rappresentante</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Act date</source>
        <translation>Data dell&apos;atto</translation>
    </message>
    <message>
        <source>Act reference</source>
        <translation>Estremi dell&apos;atto</translation>
    </message>
    <message>
        <source>protocol number of the act, e.g. prot. 123/2024</source>
        <translation>numero di protocollo dell&apos;atto, es. prot. 123/2024</translation>
    </message>
    <message>
        <source>&amp;Designate</source>
        <translation>Desi&amp;gna</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>&amp;Representative:</source>
        <translation>&amp;Rappresentante:</translation>
    </message>
    <message>
        <source>In office &amp;from:</source>
        <translation>In carica &amp;dal:</translation>
    </message>
    <message>
        <source>Choose the organisation and its representative.</source>
        <translation>Scegliere l&apos;ente e il suo rappresentante.</translation>
    </message>
    <message>
        <source>Act da&amp;te:</source>
        <translation>Data dell&apos;att&amp;o:</translation>
    </message>
    <message>
        <source>Act referen&amp;ce:</source>
        <translation>E&amp;stremi dell&apos;atto:</translation>
    </message>
    <message>
        <source>The organisation&apos;s formal act naming its representative (R-E): its protocol number or reference, as written on the act.</source>
        <translation>L&apos;atto formale con cui l&apos;ente nomina il proprio rappresentante (R-E): il numero di protocollo o gli estremi, come sono scritti sull&apos;atto.</translation>
    </message>
</context>
<context>
    <name>tavolo::EndDesignationDialog</name>
    <message>
        <source>End a designation</source>
        <translation>Cessazione della designazione</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>Designazione</translation>
    </message>
    <message>
        <source>Last day in office</source>
        <translation>Ultimo giorno in carica</translation>
    </message>
    <message>
        <source>&amp;End designation</source>
        <translation>&amp;Registra la cessazione</translation>
    </message>
    <message>
        <source>%1 for %2 (%3)</source>
        <translation>%1 per %2 (%3)</translation>
    </message>
    <message>
        <source>&amp;Designation:</source>
        <translation>&amp;Designazione:</translation>
    </message>
    <message>
        <source>&amp;Last day in office:</source>
        <translation>&amp;Ultimo giorno in carica:</translation>
    </message>
    <message>
        <source>No designation is in office to end.</source>
        <translation>Nessuna designazione in carica di cui registrare la cessazione.</translation>
    </message>
</context>
<context>
    <name>tavolo::ExportDialog</name>
    <message>
        <source>Convocation &amp;letters (one PDF per recipient and one with all)</source>
        <translation>&amp;Lettere di convocazione (un PDF per destinatario e uno con tutte)</translation>
    </message>
    <message>
        <source>&amp;Attendance sheet</source>
        <translation>&amp;Foglio presenze</translation>
    </message>
    <message>
        <source>&amp;Calendar file (.ics)</source>
        <translation>File di &amp;calendario (.ics)</translation>
    </message>
    <message>
        <source>Export the documents of the meeting of %1</source>
        <translation>Esporta i documenti della seduta del %1</translation>
    </message>
    <message>
        <source>e.g. 4512/2026</source>
        <translation>es. 4512/2026</translation>
    </message>
    <message>
        <source>Protocol number</source>
        <translation>Numero di protocollo</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (invitato/a)</translation>
    </message>
    <message>
        <source>Recipient shown in the preview</source>
        <translation>Destinatario mostrato nell&apos;anteprima</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>Ca&amp;rtella:</translation>
    </message>
    <message>
        <source>&amp;Protocol number:</source>
        <translation>&amp;Numero di protocollo:</translation>
    </message>
    <message>
        <source>Pre&amp;view of:</source>
        <translation>Ante&amp;prima di:</translation>
    </message>
    <message>
        <source>Preview of the letter</source>
        <translation>Anteprima della lettera</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Seduta %1</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; cannot be created: choose another.</source>
        <translation>Non è possibile creare la cartella «%1»: sceglierne un&apos;altra.</translation>
    </message>
    <message>
        <source>Writing the letters…</source>
        <translation>Scrittura delle lettere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Writing the letter to %1…</source>
        <translation>Scrittura della lettera a %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written in %1.</source>
        <translation>
            <numerusform>%n file scritto in %1.</numerusform>
            <numerusform>%n file scritti in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Apri cartella</translation>
    </message>
    <message>
        <source>Next: sign the letters, then send each to its recipient by PEC (Show Details… lists the addresses).</source>
        <translation>Ora: firmare le lettere, poi inviare ciascuna al destinatario via PEC (Mostra dettagli… elenca gli indirizzi).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no address in the register</source>
        <translation>nessun indirizzo nel registro</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Anteprima &amp;di stampa…</translation>
    </message>
</context>
<context>
    <name>tavolo::FileReplace</name>
    <message>
        <source>%1 is open in another program (another Tavolo window, a synchronisation or backup program) or may not be written: close that program and try again</source>
        <translation>%1 è aperto in un altro programma (un&apos;altra finestra di Tavolo, un programma di sincronizzazione o di backup) oppure non può essere scritto: chiudere quel programma e riprovare</translation>
    </message>
</context>
<context>
    <name>tavolo::GanttView</name>
    <message>
        <source>Gantt chart of the phases</source>
        <translation>Diagramma di Gantt delle fasi</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Effettivo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Giorno mostrato</translation>
    </message>
</context>
<context>
    <name>tavolo::GroupsPage</name>
    <message>
        <source>New group &amp;meeting…</source>
        <translation>Nuova &amp;riunione del gruppo…</translation>
    </message>
    <message>
        <source>Working groups</source>
        <translation>Gruppi di lavoro</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppo</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinatore</translation>
    </message>
    <message>
        <source>Group meetings</source>
        <translation>Riunioni del gruppo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>No working groups yet — create the first.</source>
        <translation>Nessun gruppo di lavoro — creare il primo.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Riunioni</translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation>%1 (proposto)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>FLAGGED: %1</source>
        <translation>SEGNALATO: %1</translation>
    </message>
    <message>
        <source>The group&apos;s first meeting was held without ratifying a coordinator (R-I).</source>
        <translation>La prima riunione del gruppo si è svolta senza ratificare un coordinatore (R-I).</translation>
    </message>
    <message>
        <source>%1: flagged — its first meeting was held without ratifying a coordinator. Propose one and ratify it at the next meeting.</source>
        <translation>%1: segnalato — la prima riunione si è svolta senza ratificare un coordinatore. Proporne uno e ratificarlo alla prossima riunione.</translation>
    </message>
    <message>
        <source>%1: coordinated by %2.</source>
        <translation>%1: coordinato da %2.</translation>
    </message>
    <message>
        <source>%1: the coordinator is named from the participants and ratified at the group&apos;s first meeting.</source>
        <translation>%1: il coordinatore è scelto tra i partecipanti e ratificato alla prima riunione del gruppo.</translation>
    </message>
    <message>
        <source>Add a participant to %1</source>
        <translation>Aggiungi un partecipante a %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Propose the coordinator of %1</source>
        <translation>Proponi il coordinatore di %1</translation>
    </message>
    <message>
        <source>&amp;Propose</source>
        <translation>&amp;Proponi</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>&amp;Coordinatore:</translation>
    </message>
    <message>
        <source>Named from the group&apos;s own participants; ratified at the group&apos;s first meeting (R-I).</source>
        <translation>Scelto tra i partecipanti del gruppo; ratificato alla prima riunione del gruppo (R-I).</translation>
    </message>
    <message>
        <source>ratified</source>
        <comment>the coordinator, at this meeting</comment>
        <translation>ratificato</translation>
    </message>
    <message>
        <source>coordinator</source>
        <comment>of a working group</comment>
        <translation>coordinatore</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Alla data</translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation>A&amp;ggiungi partecipante…</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Alla data:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Ne&amp;w group…</source>
        <translation>&amp;Nuovo gruppo…</translation>
    </message>
    <message>
        <source>Propose coordi&amp;nator…</source>
        <translation>Proponi coordinatore…</translation>
    </message>
</context>
<context>
    <name>tavolo::HelpDialog</name>
    <message>
        <source>Tavolo guide</source>
        <translation>Guida di Tavolo</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guida</translation>
    </message>
</context>
<context>
    <name>tavolo::ImportCheckPage</name>
    <message>
        <source>Check the records</source>
        <translation>Controllo dei record</translation>
    </message>
    <message>
        <source>Every record is checked before anything is written: the file is imported whole, or not at all.</source>
        <translation>Ogni record è controllato prima di scrivere: il file si importa per intero, o per niente.</translation>
    </message>
    <message>
        <source>The columns cannot be read this way: go back and change them.</source>
        <translation>Le colonne non si possono leggere così: tornare indietro e cambiarle.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n record(s) have problems: correct the file and choose it again. Nothing has been written.</source>
        <translation>
            <numerusform>Record con problemi: %1 su %n. Correggere il file e sceglierlo di nuovo; non è stato scritto nulla.</numerusform>
            <numerusform>Record con problemi: %1 su %n. Correggere il file e sceglierlo di nuovo; non è stato scritto nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no records to import.</source>
        <translation>Il file non contiene record da importare.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) ready to import. Choose Import to write them.</source>
        <translation>
            <numerusform>%n record pronto da importare. Scegliere Importa per scriverlo.</numerusform>
            <numerusform>%n record pronti da importare. Scegliere Importa per scriverli.</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 (%4)</source>
        <translation>Riga %1 (%2): %3 (%4)</translation>
    </message>
</context>
<context>
    <name>tavolo::ImportFilePage</name>
    <message>
        <source>Choose the file</source>
        <translation>Scelta del file</translation>
    </message>
    <message>
        <source>A CSV file saved by a spreadsheet (Excel or LibreOffice: &quot;Save as… CSV&quot;). The first line must name the columns.</source>
        <translation>Un file CSV salvato da un foglio di calcolo (Excel o LibreOffice: «Salva con nome… CSV»). La prima riga deve indicare le colonne.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Sf&amp;oglia…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Import from</source>
        <translation>Importa da</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message numerus="yes">
        <source>Read as %1, separator “%2”: %n record(s) after the header line.</source>
        <translation>
            <numerusform>Letto come %1, separatore «%2»: %n record dopo la riga di intestazione.</numerusform>
            <numerusform>Letto come %1, separatore «%2»: %n record dopo la riga di intestazione.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>Corrispondenza delle colonne</translation>
    </message>
    <message>
        <source>Choose which field of the register each column of the file fills. Columns set to &quot;ignore&quot; are not read.</source>
        <translation>Scegliere quale campo del registro riempie ogni colonna del file. Le colonne impostate su «ignora» non vengono lette.</translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation>Colonna del file</translation>
    </message>
    <message>
        <source>First record</source>
        <translation>Primo record</translation>
    </message>
    <message>
        <source>Field of the register</source>
        <translation>Campo del registro</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignora)</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obbligatorio)</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(colonna %1)</translation>
    </message>
</context>
<context>
    <name>tavolo::ImportWizard</name>
    <message>
        <source>Import organisations</source>
        <translation>Importa enti</translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>Importa persone</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporta</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) imported.</source>
        <translation>
            <numerusform>%n record importato.</numerusform>
            <numerusform>%n record importati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Non è possibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a register (over 64 MB): is it the right file?</source>
        <translation>%1 è troppo grande per un registro (oltre 64 MB): è il file giusto?</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 non contiene record.</translation>
    </message>
</context>
<context>
    <name>tavolo::IndicatorsView</name>
    <message>
        <source>Indicators</source>
        <translation>Indicatori</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicatore</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Atteso</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Effettivo</translation>
    </message>
    <message>
        <source>Where the actual value comes from</source>
        <translation>Da dove viene il valore effettivo</translation>
    </message>
    <message>
        <source>Double-click to see what was counted.</source>
        <translation>Doppio clic per vedere che cosa è stato contato.</translation>
    </message>
</context>
<context>
    <name>tavolo::InviteDialog</name>
    <message>
        <source>Invite a guest (R-F)</source>
        <translation>Invito alla seduta (R-F)</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Invita</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invitato/a</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>why the topics make the guest useful</source>
        <translation>perché i temi rendono utile la sua partecipazione</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;Persona invitata:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>tavolo::LetterPreview</name>
    <message>
        <source>Preview of a sample convocation letter</source>
        <translation>Anteprima di una lettera di convocazione di esempio</translation>
    </message>
</context>
<context>
    <name>tavolo::LockInfo</name>
    <message>
        <source>%1@%2 (%3, process %4)</source>
        <translation>%1@%2 (%3, processo %4)</translation>
    </message>
</context>
<context>
    <name>tavolo::MainWindow</name>
    <message>
        <source>Tavolo archives (*.sqlite *.db);;All files (*)</source>
        <translation>Archivi di Tavolo (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New archive…</source>
        <translation>&amp;Nuovo archivio…</translation>
    </message>
    <message>
        <source>&amp;Open archive…</source>
        <translation>&amp;Apri archivio…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Apri recent&amp;i</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Copia di sicurezza ora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About Tavolo</source>
        <translation>&amp;Informazioni su Tavolo</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>Open archive</source>
        <translation>Apri archivio</translation>
    </message>
    <message>
        <source>New archive</source>
        <translation>Nuovo archivio</translation>
    </message>
    <message>
        <source>There is already a file named %1. Choose another name, or use File › Open archive… to open it.</source>
        <translation>Esiste già un file di nome %1. Scegliere un altro nome, o usare File › Apri archivio… per aprirlo.</translation>
    </message>
    <message>
        <source>No recent archives</source>
        <translation>Nessun archivio recente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>The new language will be used the next time Tavolo starts.</source>
        <translation>La nuova lingua sarà usata al prossimo avvio di Tavolo.</translation>
    </message>
    <message>
        <source>About Tavolo</source>
        <translation>Informazioni su Tavolo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tavolo %1&lt;/h3&gt;&lt;p&gt;Register, meetings and convocation letters of the Tavolo del Terzo Settore.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tavolo %1&lt;/h3&gt;&lt;p&gt;Registro, sedute e lettere di convocazione del Tavolo del Terzo Settore.&lt;/p&gt;&lt;p&gt;Software libero distribuito con licenza GNU General Public License, versione 3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Tavolo — no archive open</source>
        <translation>Tavolo — nessun archivio aperto</translation>
    </message>
    <message>
        <source>No archive open: use File › Open archive…</source>
        <translation>Nessun archivio aperto: usare File › Apri archivio…</translation>
    </message>
    <message>
        <source>%1 — Tavolo</source>
        <translation>%1 — Tavolo</translation>
    </message>
    <message>
        <source>Import &amp;people…</source>
        <translation>Importa &amp;persone…</translation>
    </message>
    <message>
        <source>Import or&amp;ganisations…</source>
        <translation>Importa en&amp;ti…</translation>
    </message>
    <message>
        <source>Restore from a bac&amp;kup…</source>
        <translation>&amp;Ripristina da una copia…</translation>
    </message>
    <message>
        <source>Add &amp;organisation…</source>
        <translation>Aggiungi &amp;ente…</translation>
    </message>
    <message>
        <source>Add &amp;person…</source>
        <translation>Aggiungi &amp;persona…</translation>
    </message>
    <message>
        <source>Also open: %1</source>
        <translation>Aperto anche da: %1</translation>
    </message>
    <message>
        <source>Archive open elsewhere</source>
        <translation>Archivio aperto anche altrove</translation>
    </message>
    <message>
        <source>This archive is also open in another program:
%1</source>
        <translation>Questo archivio è aperto anche in un altro programma:
%1</translation>
    </message>
    <message>
        <source>You can both work on it. If the other saves a record you are editing, your save is refused and you can reload the record.</source>
        <translation>Potete lavorarci entrambi. Se l&apos;altro salva un record che state modificando, il vostro salvataggio viene rifiutato e potete ricaricare il record.</translation>
    </message>
    <message>
        <source>Save the guide as PDF</source>
        <translation>Salva la guida in PDF</translation>
    </message>
    <message>
        <source>Tavolo guide.pdf</source>
        <translation>Guida di Tavolo.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Guide saved in %1.</source>
        <translation>Guida salvata in %1.</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Antepri&amp;ma di stampa…</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <source>Save the guide as &amp;PDF…</source>
        <translation>Salva la guida in &amp;PDF…</translation>
    </message>
    <message>
        <source>%1 (network drive: one program at a time)</source>
        <translation>%1 (unità di rete: un programma alla volta)</translation>
    </message>
    <message>
        <source>Also connected: %1</source>
        <translation>Collegati anche: %1</translation>
    </message>
    <message>
        <source>Office server: %1</source>
        <translation>Server dell&apos;ufficio: %1</translation>
    </message>
    <message>
        <source>%1 on %2 — Tavolo</source>
        <translation>%1 su %2 — Tavolo</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>Connect to the office &amp;server…</source>
        <translation>Collegati al server dell&apos;&amp;ufficio…</translation>
    </message>
    <message>
        <source>Open the &amp;local archive</source>
        <translation>Apri l&apos;archivio &amp;locale</translation>
    </message>
</context>
<context>
    <name>tavolo::MaterialsBox</name>
    <message>
        <source>Materials</source>
        <translation>Materiali</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Apri fil&amp;e</translation>
    </message>
    <message>
        <source>Save a cop&amp;y…</source>
        <translation>Salva c&amp;on nome…</translation>
    </message>
    <message>
        <source>Save a copy of the file where you choose, e.g. to attach it to a PEC</source>
        <translation>Salva una copia del file nella cartella scelta, ad esempio per allegarla a una PEC</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Double-click to open the file kept in the archive</source>
        <translation>Doppio clic per aprire il file conservato nell&apos;archivio</translation>
    </message>
    <message>
        <source>(no materials yet)</source>
        <translation>(nessun materiale)</translation>
    </message>
    <message>
        <source>Save the material as</source>
        <translation>Salva il materiale con nome</translation>
    </message>
    <message>
        <source>Attach a file to the meeting</source>
        <translation>Allega un file alla seduta</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>Allega un &amp;documento…</translation>
    </message>
</context>
<context>
    <name>tavolo::MeetingCalendar</name>
    <message>
        <source>Calendar of the meetings</source>
        <translation>Calendario delle sedute</translation>
    </message>
</context>
<context>
    <name>tavolo::MeetingDetail</name>
    <message>
        <source>&amp;Convene…</source>
        <translation>&amp;Convoca…</translation>
    </message>
    <message>
        <source>&amp;Invite guest…</source>
        <translation>Aggi&amp;ungi invitato…</translation>
    </message>
    <message>
        <source>&amp;Record attendance…</source>
        <translation>Registra presen&amp;ze…</translation>
    </message>
    <message>
        <source>Cance&amp;l meeting…</source>
        <translation>Annu&amp;lla seduta…</translation>
    </message>
    <message>
        <source>E&amp;xport documents…</source>
        <translation>Es&amp;porta documenti…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Agenda and participants</source>
        <translation>Ordine del giorno e partecipanti</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Verbale</translation>
    </message>
    <message>
        <source>The attendance is recorded on the meeting&apos;s day or after.</source>
        <translation>Le presenze si registrano il giorno della seduta o dopo.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose a meeting, or create one.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Scegliere una seduta o crearne una.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Record attendance of %1</source>
        <translation>Registra le presenze del %1</translation>
    </message>
    <message>
        <source>&amp;Record and mark held</source>
        <translation>&amp;Registra e segna come svolta</translation>
    </message>
    <message>
        <source>Recording the attendance marks the meeting as held: this is its record and cannot be undone. Whoever is left unset is recorded absent.</source>
        <translation>Registrare le presenze segna la seduta come tenuta: resta agli atti e non si può annullare. Chi resta senza indicazione è registrato assente.</translation>
    </message>
    <message>
        <source>Hold the meeting of %1 of %2</source>
        <translation>Registra la riunione del %1 di %2</translation>
    </message>
</context>
<context>
    <name>tavolo::MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nuova seduta</translation>
    </message>
    <message>
        <source>&amp;Create draft</source>
        <translation>&amp;Crea bozza</translation>
    </message>
    <message>
        <source>Ordinary</source>
        <translation>Ordinaria</translation>
    </message>
    <message>
        <source>Requested (answers a request to convene)</source>
        <translation>Su richiesta (risponde a una richiesta di convocazione)</translation>
    </message>
    <message>
        <source>Joint session with other tables</source>
        <translation>Seduta congiunta con altri tavoli</translation>
    </message>
    <message numerus="yes">
        <source>Request of %1 (%n signatories)</source>
        <translation>
            <numerusform>Richiesta del %1 (%n firmatario)</numerusform>
            <numerusform>Richiesta del %1 (%n firmatari)</numerusform>
        </translation>
    </message>
    <message>
        <source>Convened by</source>
        <translation>Convocata da</translation>
    </message>
    <message>
        <source>the other tables, separated by semicolons</source>
        <translation>gli altri tavoli, separati da punto e virgola</translation>
    </message>
    <message>
        <source>https://… for an online meeting</source>
        <translation>https://… per una seduta online</translation>
    </message>
    <message>
        <source>One agenda item per line</source>
        <translation>Un punto all&apos;ordine del giorno per riga</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Request answered</source>
        <translation>Richiesta a cui risponde</translation>
    </message>
    <message>
        <source>Joint with</source>
        <translation>Congiunta con</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Collegamento online</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordine del giorno</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Request answered:</source>
        <translation>&amp;Richiesta a cui risponde:</translation>
    </message>
    <message>
        <source>&amp;Joint with:</source>
        <translation>Con&amp;giunta con:</translation>
    </message>
    <message>
        <source>Con&amp;vened by:</source>
        <translation>Con&amp;vocata da:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Ora:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Luogo:</translation>
    </message>
    <message>
        <source>Online &amp;link:</source>
        <translation>Collegamento o&amp;nline:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>Ordine del g&amp;iorno:</translation>
    </message>
    <message>
        <source>New meeting of %1</source>
        <translation>Nuova riunione di %1</translation>
    </message>
    <message>
        <source>&amp;Create meeting</source>
        <translation>&amp;Crea riunione</translation>
    </message>
</context>
<context>
    <name>tavolo::MeetingsChart</name>
    <message>
        <source>Meetings held</source>
        <translation>Sedute svolte</translation>
    </message>
    <message>
        <source>Meetings held per year: none held yet</source>
        <translation>Sedute svolte per anno: ancora nessuna</translation>
    </message>
    <message>
        <source>Meetings held per year</source>
        <translation>Sedute svolte per anno</translation>
    </message>
</context>
<context>
    <name>tavolo::MeetingsPage</name>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nuova seduta…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>No meetings yet — create the first.</source>
        <translation>Nessuna seduta — creare la prima.</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nuova seduta…</translation>
    </message>
</context>
<context>
    <name>tavolo::MinutesItemEditor</name>
    <message>
        <source>Summary of item %1</source>
        <translation>Sintesi del punto %1</translation>
    </message>
    <message>
        <source>Decision on item %1</source>
        <translation>Decisione sul punto %1</translation>
    </message>
    <message>
        <source>What was presented and discussed</source>
        <translation>Che cosa è stato presentato e discusso</translation>
    </message>
    <message>
        <source>What was decided, if anything</source>
        <translation>Che cosa è stato deciso, se qualcosa</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Sintesi:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decisione:</translation>
    </message>
    <message>
        <source>Vote:</source>
        <translation>Votazione:</translation>
    </message>
</context>
<context>
    <name>tavolo::MinutesPreviewDialog</name>
    <message>
        <source>Preview of the draft minutes</source>
        <translation>Anteprima della bozza di verbale</translation>
    </message>
    <message>
        <source>Preview of the minutes</source>
        <translation>Anteprima del verbale</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> di %1</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Pagina:</translation>
    </message>
</context>
<context>
    <name>tavolo::MinutesTab</name>
    <message>
        <source>Dra&amp;w up the minutes</source>
        <translation>Redigi il &amp;verbale</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Registra &amp;bozza</translation>
    </message>
    <message>
        <source>Appro&amp;ve at…</source>
        <translation>Appro&amp;va nella seduta…</translation>
    </message>
    <message>
        <source>A&amp;dd a correction…</source>
        <translation>Aggiungi re&amp;ttifica…</translation>
    </message>
    <message>
        <source>Previe&amp;w…</source>
        <translation>An&amp;teprima…</translation>
    </message>
    <message>
        <source>Cop&amp;y as PDF and ODT…</source>
        <translation>&amp;Salva come PDF e ODT…</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Presidente</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Segretario verbalizzante</translation>
    </message>
    <message>
        <source>Opened at</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Chiusura</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Presidente:</translation>
    </message>
    <message>
        <source>Secretary:</source>
        <translation>Segretario verbalizzante:</translation>
    </message>
    <message>
        <source>closed at</source>
        <translation>chiusura</translation>
    </message>
    <message>
        <source>Opened at:</source>
        <translation>Apertura:</translation>
    </message>
    <message>
        <source>Attendance:</source>
        <translation>Presenze:</translation>
    </message>
    <message>
        <source>Minutes are written once the meeting is held (R-K).</source>
        <translation>Il verbale si redige quando la seduta si è svolta (R-K).</translation>
    </message>
    <message>
        <source>No minutes yet: draft them from the meeting&apos;s attendance and agenda.</source>
        <translation>Nessun verbale ancora: redigilo dalle presenze e dall&apos;ordine del giorno della seduta.</translation>
    </message>
    <message>
        <source>Draft: to be approved at a later held meeting of the same body (R-K).</source>
        <translation>Bozza: da approvare in una seduta successiva dello stesso organo (R-K).</translation>
    </message>
    <message>
        <source>Approved at the meeting of %1: the text is locked; a correction is a dated record with its reason.</source>
        <translation>Approvato nella seduta del %1: il testo non si modifica più; una rettifica è un nuovo atto datato con il suo motivo.</translation>
    </message>
    <message>
        <source>Correction of %1: %2 (%3)</source>
        <translation>Rettifica del %1: %2 (%3)</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— non indicato —</translation>
    </message>
    <message>
        <source>Folder for the minutes</source>
        <translation>Cartella per il verbale</translation>
    </message>
    <message>
        <source>The minutes as they print, with the changes not saved yet</source>
        <translation>Il verbale come sarà stampato, comprese le modifiche non ancora salvate</translation>
    </message>
</context>
<context>
    <name>tavolo::NewGroupDialog</name>
    <message>
        <source>New working group</source>
        <translation>Nuovo gruppo di lavoro</translation>
    </message>
    <message>
        <source>&amp;Create group</source>
        <translation>&amp;Crea gruppo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>e.g. Minori, giovani e famiglie</source>
        <translation>es. Minori, giovani e famiglie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Area:</translation>
    </message>
</context>
<context>
    <name>tavolo::ObjectiveSheet</name>
    <message>
        <source>Objective sheet</source>
        <translation>Scheda dell&apos;obiettivo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipologia</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificazione</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Anni</translation>
    </message>
    <message>
        <source>DUP strategic direction</source>
        <translation>Indirizzo strategico del DUP</translation>
    </message>
    <message>
        <source>DUP strategic objective</source>
        <translation>Obiettivo strategico del DUP</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direzione</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Direttore</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Dirigente</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
</context>
<context>
    <name>tavolo::ObjectivesPage</name>
    <message>
        <source>Record a value…</source>
        <translation>Registra un valore…</translation>
    </message>
    <message>
        <source>What was counted…</source>
        <translation>Che cosa è stato contato…</translation>
    </message>
    <message>
        <source>Import a sheet (JSON)…</source>
        <translation>Importa una scheda (JSON)…</translation>
    </message>
    <message>
        <source>Applies a file of operations such as objective.add, as tavolo-cli apply does (docs/examples/objective-2019-zn20.json).</source>
        <translation>Applica un file di operazioni come objective.add, come fa tavolo-cli apply (docs/examples/objective-2019-zn20.json).</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Obiettivi</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Fasi</translation>
    </message>
    <message>
        <source>Double-click a cell to change it: weight, days, progress, responsible, centre, notes. Delete clears an actual day.</source>
        <translation>Doppio clic su una cella per modificarla: peso, date, avanzamento, responsabile, centro, note. Canc cancella una data effettiva.</translation>
    </message>
    <message>
        <source>Clear the day</source>
        <translation>Cancella la data</translation>
    </message>
    <message>
        <source>Indicators, expected against actual:</source>
        <translation>Indicatori, atteso ed effettivo:</translation>
    </message>
    <message>
        <source>Phases and indicators</source>
        <translation>Fasi e indicatori</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Scheda</translation>
    </message>
    <message>
        <source>No objective yet: import a sheet with «Import a sheet (JSON)…» or apply one with tavolo-cli apply (objective.add).</source>
        <translation>Nessun obiettivo: importane la scheda con «Importa una scheda (JSON)…» o applicala con tavolo-cli apply (objective.add).</translation>
    </message>
    <message>
        <source>%1 – %2 (%3, %4): progress weighted by phase %5%</source>
        <translation>%1 – %2 (%3, %4): avanzamento ponderato per fase %5%</translation>
    </message>
    <message>
        <source>Import an objective sheet</source>
        <translation>Importa la scheda di un obiettivo</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>File JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) of the file applied.</source>
        <translation>
            <numerusform>%n operazione del file applicata.</numerusform>
            <numerusform>%n operazioni del file applicate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::OfficeDialog</name>
    <message>
        <source>Name a delegate</source>
        <translation>Nomina un delegato</translation>
    </message>
    <message>
        <source>Assign an office</source>
        <translation>Assegna una carica</translation>
    </message>
    <message>
        <source>&amp;Name delegate</source>
        <translation>&amp;Nomina delegato</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>&amp;Assegna</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Carica</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Delegato</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titolare</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Carica:</translation>
    </message>
    <message>
        <source>&amp;Delegate:</source>
        <translation>&amp;Delegato:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Titolare:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Da&amp;l:</translation>
    </message>
    <message>
        <source>Act date</source>
        <translation>Data dell&apos;atto</translation>
    </message>
    <message>
        <source>Act reference</source>
        <translation>Estremi dell&apos;atto</translation>
    </message>
    <message>
        <source>protocol number of the delegation act</source>
        <translation>numero di protocollo dell&apos;atto di delega</translation>
    </message>
    <message>
        <source>Act da&amp;te:</source>
        <translation>Data dell&apos;att&amp;o:</translation>
    </message>
    <message>
        <source>Act referen&amp;ce:</source>
        <translation>E&amp;stremi dell&apos;atto:</translation>
    </message>
    <message>
        <source>— choose a person —</source>
        <translation>— scegliere una persona —</translation>
    </message>
    <message>
        <source>Choose the holder.</source>
        <translation>Scegliere il titolare.</translation>
    </message>
    <message>
        <source>Choose the delegate.</source>
        <translation>Scegliere il delegato.</translation>
    </message>
</context>
<context>
    <name>tavolo::OrganisationDialog</name>
    <message>
        <source>Active (operating in the Ambito)</source>
        <translation>Attivo (opera nell&apos;Ambito)</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifica ente</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nuovo ente</translation>
    </message>
    <message>
        <source>(not registered)</source>
        <translation>(non iscritto)</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 cifre</translation>
    </message>
    <message>
        <source>name@pec.domain.it</source>
        <translation>nome@pec.dominio.it</translation>
    </message>
    <message>
        <source>name@domain.it</source>
        <translation>nome@dominio.it</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Denominazione *</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategoria</translation>
    </message>
    <message>
        <source>&amp;Tax code *</source>
        <translation>Codice &amp;fiscale *</translation>
    </message>
    <message>
        <source>RUNTS s&amp;ection</source>
        <translation>S&amp;ezione RUNTS</translation>
    </message>
    <message>
        <source>RUNTS n&amp;umber</source>
        <translation>N&amp;umero RUNTS</translation>
    </message>
    <message>
        <source>Co&amp;mune</source>
        <translation>Co&amp;mune</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Indiri&amp;zzo</translation>
    </message>
    <message>
        <source>&amp;PEC</source>
        <translation>&amp;PEC</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obbligatorio</translation>
    </message>
    <message>
        <source>The section of the national register of third-sector bodies (RUNTS, D.Lgs. 117/2017, art. 46) the organisation is enrolled in; &quot;not registered&quot; when it is not enrolled.</source>
        <translation>La sezione del Registro unico nazionale del Terzo settore (RUNTS, D.Lgs. 117/2017, art. 46) in cui l&apos;ente è iscritto; &quot;non iscritto&quot; se non lo è.</translation>
    </message>
    <message>
        <source>The enrolment number given by the RUNTS: only for an organisation enrolled in a section.</source>
        <translation>Il numero di iscrizione attribuito dal RUNTS: solo per un ente iscritto in una sezione.</translation>
    </message>
</context>
<context>
    <name>tavolo::OrganisationPage</name>
    <message>
        <source>&amp;Add organisation…</source>
        <translation>A&amp;ggiungi ente…</translation>
    </message>
    <message>
        <source>The register has no organisations yet.

Use “Add organisation…” to register the first ente del Terzo Settore.</source>
        <translation>Il registro non contiene ancora enti.

Usare «Aggiungi ente…» per registrare il primo ente del Terzo Settore.</translation>
    </message>
    <message numerus="yes">
        <source>%n organisation(s)</source>
        <translation>
            <numerusform>%n ente</numerusform>
            <numerusform>%n enti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n organisation(s) shown</source>
        <translation>
            <numerusform>Enti mostrati: %1 su %n</numerusform>
            <numerusform>Enti mostrati: %1 su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add organisation “%1”</source>
        <translation>Aggiunta dell&apos;ente «%1»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Edit organisation</source>
        <translation>Modifica ente</translation>
    </message>
    <message>
        <source>Edit organisation “%1”</source>
        <translation>Modifica dell&apos;ente «%1»</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Elimina ente</translation>
    </message>
    <message>
        <source>Delete “%1” from the register?

You can take this back with Edit › Undo.</source>
        <translation>Eliminare «%1» dal registro?

Si può tornare indietro con Modifica › Annulla.</translation>
    </message>
    <message>
        <source>Delete organisation “%1”</source>
        <translation>Eliminazione dell&apos;ente «%1»</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Enti</translation>
    </message>
</context>
<context>
    <name>tavolo::OrganisationTableModel</name>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Non attivo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Denominazione</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>Comune</source>
        <translation>Comune</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
</context>
<context>
    <name>tavolo::ParticipantsView</name>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>As</source>
        <translation>In qualità di</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenze</translation>
    </message>
    <message>
        <source>delegate, %1</source>
        <translation>delegato, %1</translation>
    </message>
    <message>
        <source>guest: %1</source>
        <translation>invitato/a: %1</translation>
    </message>
    <message>
        <source>member</source>
        <translation>componente</translation>
    </message>
</context>
<context>
    <name>tavolo::PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Modifica persona</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nuova persona</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nessuno)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (non attivo)</translation>
    </message>
    <message>
        <source>16 characters, optional</source>
        <translation>16 caratteri, facoltativo</translation>
    </message>
    <message>
        <source>name@domain.it</source>
        <translation>nome@dominio.it</translation>
    </message>
    <message>
        <source>name@pec.domain.it</source>
        <translation>nome@pec.dominio.it</translation>
    </message>
    <message>
        <source>&amp;Given name *</source>
        <translation>&amp;Nome *</translation>
    </message>
    <message>
        <source>&amp;Family name *</source>
        <translation>&amp;Cognome *</translation>
    </message>
    <message>
        <source>&amp;Tax code</source>
        <translation>Codice &amp;fiscale</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Ente</translation>
    </message>
    <message>
        <source>E-ma&amp;il</source>
        <translation>E-ma&amp;il</translation>
    </message>
    <message>
        <source>&amp;PEC</source>
        <translation>&amp;PEC</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Telefono</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obbligatorio</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>N&amp;ote</translation>
    </message>
</context>
<context>
    <name>tavolo::PersonPage</name>
    <message>
        <source>&amp;Add person…</source>
        <translation>A&amp;ggiungi persona…</translation>
    </message>
    <message>
        <source>The register has no people yet.

Use “Add person…” to register a representative, an office holder or a guest.</source>
        <translation>Il registro non contiene ancora persone.

Usare «Aggiungi persona…» per registrare un rappresentante, il titolare di una carica o un invitato.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n persone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s) shown</source>
        <translation>
            <numerusform>Persone mostrate: %1 su %n</numerusform>
            <numerusform>Persone mostrate: %1 su %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Add person “%1”</source>
        <translation>Aggiunta della persona «%1»</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Modifica persona</translation>
    </message>
    <message>
        <source>Edit person “%1”</source>
        <translation>Modifica della persona «%1»</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>Elimina persona</translation>
    </message>
    <message>
        <source>Delete %1 from the register?

You can take this back with Edit › Undo.</source>
        <translation>Eliminare %1 dal registro?

Si può tornare indietro con Modifica › Annulla.</translation>
    </message>
    <message>
        <source>Delete person “%1”</source>
        <translation>Eliminazione della persona «%1»</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
</context>
<context>
    <name>tavolo::PersonTableModel</name>
    <message>
        <source>Family name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Tax code</source>
        <translation>Codice fiscale</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>PEC</source>
        <translation>PEC</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
</context>
<context>
    <name>tavolo::PhaseTableModel</name>
    <message>
        <source>No.</source>
        <translation>N.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Inizio previsto</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fine prevista</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Inizio effettivo</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fine effettiva</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>Centre of responsibility</source>
        <translation>Centro di responsabilità</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>tavolo::ProblemView</name>
    <message>
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Non conforme</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avviso</translation>
    </message>
</context>
<context>
    <name>tavolo::RecordDialog</name>
    <message>
        <source>Record an indicator&apos;s value</source>
        <translation>Registra il valore di un indicatore</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>%1 (expected: %2)</source>
        <translation>%1 (atteso: %2)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>a ratio, such as 76/14</source>
        <translation>un rapporto, come 76/14</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>where the value comes from</source>
        <translation>da dove viene il valore</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicatore:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Giorno:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valore:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Give the value as a number (12, 12,5) or a ratio (76/14).</source>
        <translation>Indicare il valore come numero (12, 12,5) o come rapporto (76/14).</translation>
    </message>
</context>
<context>
    <name>tavolo::RecordHistoryDialog</name>
    <message>
        <source>History of this record</source>
        <translation>Storia di questo record</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Storia di %1</translation>
    </message>
</context>
<context>
    <name>tavolo::RegisterPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;ggiungi…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>Search in every column…</source>
        <translation>Cerca in tutte le colonne…</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nessun risultato per «%1».</translation>
    </message>
    <message>
        <source>History of this record: who changed what, and when</source>
        <translation>Storia di questo record: chi ha cambiato cosa, e quando</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>M&amp;odifica…</translation>
    </message>
    <message>
        <source>His&amp;tory…</source>
        <translation>S&amp;toria…</translation>
    </message>
    <message>
        <source>Reload shows the record as it is saved now; what you typed in this window is not kept.</source>
        <translation>Ricarica mostra il record come è salvato ora; quanto scritto in questa finestra non viene conservato.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Ricarica</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continua a modificare</translation>
    </message>
</context>
<context>
    <name>tavolo::RegulationPage</name>
    <message>
        <source>&amp;Amend…</source>
        <translation>M&amp;odifica…</translation>
    </message>
    <message>
        <source>Versions of the regulation</source>
        <translation>Versioni del regolamento</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>In vigore dal</translation>
    </message>
    <message>
        <source>Meetings a year</source>
        <translation>Sedute annue (minimo)</translation>
    </message>
    <message>
        <source>Notice (days)</source>
        <translation>Preavviso (giorni)</translation>
    </message>
    <message>
        <source>Request threshold</source>
        <translation>Soglia per la richiesta</translation>
    </message>
    <message>
        <source>Days to convene</source>
        <translation>Giorni per convocare</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Seggi</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvazioni</translation>
    </message>
    <message>
        <source>&amp;Versions (each amendment approved by every member):</source>
        <translation>&amp;Versioni (ogni modifica approvata da tutti i componenti):</translation>
    </message>
    <message>
        <source>&lt;h3&gt;In force on %1&lt;/h3&gt;At least &lt;b&gt;%2&lt;/b&gt; meetings a year, convened with &lt;b&gt;%3&lt;/b&gt; days&apos; notice; a request signed by &lt;b&gt;%4&lt;/b&gt; of the representatives obliges a convocation within &lt;b&gt;%5&lt;/b&gt; days; &lt;b&gt;%6&lt;/b&gt; seats for the third sector.</source>
        <translation>&lt;h3&gt;In vigore il %1&lt;/h3&gt;Almeno &lt;b&gt;%2&lt;/b&gt; sedute l&apos;anno, convocate con &lt;b&gt;%3&lt;/b&gt; giorni di preavviso; una richiesta firmata da &lt;b&gt;%4&lt;/b&gt; dei rappresentanti obbliga a convocare entro &lt;b&gt;%5&lt;/b&gt; giorni; &lt;b&gt;%6&lt;/b&gt; seggi per il Terzo Settore.</translation>
    </message>
    <message>
        <source>the seed (before any amendment)</source>
        <translation>il testo originario (prima di ogni modifica)</translation>
    </message>
    <message>
        <source>Amend regulation</source>
        <translation>Modifica del regolamento</translation>
    </message>
</context>
<context>
    <name>tavolo::ReportPage</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Esporta &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Esporta &amp;ODT…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Anno</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>The report as PDF/A-1b, to send or archive</source>
        <translation>La relazione in PDF/A-1b, da inviare o archiviare</translation>
    </message>
    <message>
        <source>The report as an editable document (LibreOffice, Word), to add the narrative</source>
        <translation>La relazione come documento modificabile (LibreOffice, Word), per aggiungere il testo descrittivo</translation>
    </message>
    <message>
        <source>The annual report of the Tavolo: composition, meetings and attendance, requests, amendments, groups and tables, the Piano di Zona, objectives and indicators, with charts. It is written in Italian.</source>
        <translation>La relazione annuale del Tavolo: composizione, sedute e presenze, richieste, modifiche del Regolamento, gruppi e tavoli, Piano di Zona, obiettivi e indicatori, con i grafici.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nno:</translation>
    </message>
    <message>
        <source>P&amp;age:</source>
        <translation>Pa&amp;gina:</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> di %1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Scritto: %1</translation>
    </message>
    <message>
        <source>Folder for the editable report</source>
        <translation>Cartella per la relazione modificabile</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Cartella per la relazione</translation>
    </message>
</context>
<context>
    <name>tavolo::RequestDialog</name>
    <message>
        <source>Record a request to convene</source>
        <translation>Registra una richiesta di convocazione</translation>
    </message>
    <message>
        <source>&amp;Record request</source>
        <translation>&amp;Registra richiesta</translation>
    </message>
    <message>
        <source>Date of the request</source>
        <translation>Data della richiesta</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmatari</translation>
    </message>
    <message>
        <source>Signatories against the threshold</source>
        <translation>Firmatari rispetto alla soglia</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>why the signatories ask to convene the Tavolo</source>
        <translation>perché i firmatari chiedono di convocare il Tavolo</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Data:</translation>
    </message>
    <message>
        <source>&amp;Signatories
(representatives in office):</source>
        <translation>&amp;Firmatari
(rappresentanti in carica):</translation>
    </message>
    <message>
        <source>&amp;Motivation:</source>
        <translation>&amp;Motivazione:</translation>
    </message>
    <message>
        <source>%1 of %2 — threshold %3: %4</source>
        <translation>%1 su %2 — soglia %3: %4</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valida</translation>
    </message>
    <message>
        <source>not enough</source>
        <translation>insufficiente</translation>
    </message>
</context>
<context>
    <name>tavolo::RequestsPage</name>
    <message>
        <source>&amp;Create the requested meeting…</source>
        <translation>&amp;Crea la seduta richiesta…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nuova richiesta…</translation>
    </message>
    <message>
        <source>Requests to convene</source>
        <translation>Richieste di convocazione</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmatari</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivazione</translation>
    </message>
    <message>
        <source>No requests to convene yet. When representatives ask to convene the Tavolo, record their request here.</source>
        <translation>Nessuna richiesta di convocazione. Quando i rappresentanti chiedono di convocare il Tavolo, registrare qui la loro richiesta.</translation>
    </message>
    <message>
        <source>answered: meeting of %1</source>
        <translation>evasa: seduta del %1</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>NON EVASA ENTRO IL TERMINE</translation>
    </message>
    <message numerus="yes">
        <source>open, %n day(s) left</source>
        <translation>
            <numerusform>da evadere, manca %n giorno</numerusform>
            <numerusform>da evadere, mancano %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <source>Request of %1, signed by %2 of the %3 representatives in office (threshold %4): %5.
Motivation: %6</source>
        <translation>Richiesta del %1, firmata da %2 dei %3 rappresentanti in carica (soglia %4): %5.
Motivazione: %6</translation>
    </message>
    <message>
        <source>Record request</source>
        <translation>Registrazione della richiesta</translation>
    </message>
    <message>
        <source>not yet received</source>
        <translation>non ancora pervenuta</translation>
    </message>
</context>
<context>
    <name>tavolo::SettingsPage</name>
    <message>
        <source>&amp;Lead body:</source>
        <translation>&amp;Ente capofila:</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>&amp;Ufficio:</translation>
    </message>
    <message>
        <source>&amp;Contacts:</source>
        <translation>&amp;Recapiti:</translation>
    </message>
    <message>
        <source>Office &amp;PEC:</source>
        <translation>&amp;PEC dell&apos;ufficio:</translation>
    </message>
    <message>
        <source>Signatory&apos;s &amp;title:</source>
        <translation>&amp;Qualifica del firmatario:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>Am&amp;bito:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Preview of a letter</source>
        <translation>Anteprima di una lettera</translation>
    </message>
    <message>
        <source>A sample convocation with the values above, saved or not.</source>
        <translation>Una convocazione di esempio con i valori sopra, salvati o no.</translation>
    </message>
    <message>
        <source>Letterhead and signature</source>
        <translation>Carta intestata e firma</translation>
    </message>
    <message>
        <source>e.g. ufficiodipiano@pec.it</source>
        <translation>es. ufficiodipiano@pec.it</translation>
    </message>
    <message>
        <source>Current logo</source>
        <translation>Logo attuale</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Letter:</source>
        <translation>Lettera:</translation>
    </message>
    <message>
        <source>Printed on every convocation letter; kept in the archive, so everyone who opens it prints the same letterhead.</source>
        <translation>Stampata su ogni lettera di convocazione; conservata nell&apos;archivio, così chiunque lo apra stampa la stessa carta intestata.</translation>
    </message>
    <message>
        <source>Archive and backups</source>
        <translation>Archivio e copie di sicurezza</translation>
    </message>
    <message>
        <source>Archive:</source>
        <translation>Archivio:</translation>
    </message>
    <message>
        <source>Show &amp;backups in folder</source>
        <translation>Mostra la cartella delle copie di sicure&amp;zza</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Cartella delle copie:</translation>
    </message>
    <message>
        <source>Daily copies to keep</source>
        <translation>Copie giornaliere da conservare</translation>
    </message>
    <message>
        <source>Daily copies to &amp;keep:</source>
        <translation>Copie giornaliere da conser&amp;vare:</translation>
    </message>
    <message>
        <source>Existing backup copies</source>
        <translation>Copie di sicurezza esistenti</translation>
    </message>
    <message>
        <source>E&amp;xisting copies, newest first:</source>
        <translation>Copie esistenti, dalla più recente:</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Copia di sicurezza ora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Ripristina…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>English</source>
        <translation>inglese</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>italiano</translation>
    </message>
    <message>
        <source>The program speaks %1. To change it use Settings › Language; the new language is used the next time Tavolo starts.</source>
        <translation>Il programma è in %1. Per cambiarlo usare Impostazioni › Lingua; la nuova lingua si usa al prossimo avvio di Tavolo.</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>Nessun archivio aperto</translation>
    </message>
    <message>
        <source>No copies yet.</source>
        <translation>Nessuna copia finora.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Immagini (%1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image that can be read (PNG, JPEG, SVG).</source>
        <translation>«%1» non è un&apos;immagine leggibile (PNG, JPEG, SVG).</translation>
    </message>
    <message>
        <source>Unsaved settings</source>
        <translation>Impostazioni non salvate</translation>
    </message>
    <message>
        <source>The letterhead has changes that are not saved. Save them?</source>
        <translation>La carta intestata ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>In&amp;dirizzo:</translation>
    </message>
    <message>
        <source>Signed b&amp;y:</source>
        <translation>Firma&amp;ta da:</translation>
    </message>
    <message>
        <source>Place of &amp;writing:</source>
        <translation>&amp;Luogo di redazione:</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>A&amp;nnulla le modifiche</translation>
    </message>
    <message>
        <source>Signature &amp;mode:</source>
        <translation>Tip&amp;o di firma:</translation>
    </message>
    <message>
        <source>Choose a lo&amp;go…</source>
        <translation>Scegli un lo&amp;go…</translation>
    </message>
    <message>
        <source>Ed&amp;it template…</source>
        <translation>Modifi&amp;ca il modello…</translation>
    </message>
    <message>
        <source>Show i&amp;n folder</source>
        <translation>Mostra la cartella dell&apos;arc&amp;hivio</translation>
    </message>
</context>
<context>
    <name>tavolo::SignatureChoice</name>
    <message>
        <source>The signatory also receives a letter</source>
        <translation>Invia la lettera anche al firmatario</translation>
    </message>
    <message>
        <source>How the letters are signed</source>
        <translation>Come sono firmate le lettere</translation>
    </message>
    <message>
        <source>Printed in place of a handwritten signature (D.Lgs. 39/1993, art. 3)</source>
        <translation>Firma autografa sostituita a mezzo stampa (art. 3, c. 2, D.Lgs. 39/1993)</translation>
    </message>
    <message>
        <source>Digital, applied afterwards with the office&apos;s signing tool</source>
        <translation>Firma digitale, apposta dopo l&apos;esportazione con lo strumento di firma dell&apos;ufficio</translation>
    </message>
</context>
<context>
    <name>tavolo::SubmissionDialog</name>
    <message>
        <source>Record a submission to %1</source>
        <translation>Registra una domanda per %1</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registra</translation>
    </message>
    <message>
        <source>%1 – %2 (by %3)</source>
        <translation>%1 – %2 (entro il %3)</translation>
    </message>
    <message>
        <source>— a person on their own —</source>
        <translation>— una persona a titolo individuale —</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Ente</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Tables chosen</source>
        <translation>Tavoli scelti</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Referente</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>&amp;Modulo:</translation>
    </message>
    <message>
        <source>&amp;Body:</source>
        <translation>&amp;Ente:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>Recei&amp;ved:</source>
        <translation>Ricevuta i&amp;l:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canale:</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pr&amp;otocollo:</translation>
    </message>
    <message>
        <source>T&amp;ables chosen:</source>
        <translation>&amp;Tavoli scelti:</translation>
    </message>
    <message>
        <source>C&amp;ontact:</source>
        <translation>Refere&amp;nte:</translation>
    </message>
</context>
<context>
    <name>tavolo::SubmissionsView</name>
    <message>
        <source>admitted on receipt</source>
        <translation>ammessa al ricevimento</translation>
    </message>
    <message>
        <source>awaiting decision</source>
        <translation>in attesa di decisione</translation>
    </message>
    <message>
        <source>admitted on %1</source>
        <translation>ammessa il %1</translation>
    </message>
    <message>
        <source>not admitted on %1</source>
        <translation>non ammessa il %1</translation>
    </message>
    <message>
        <source>Filter submissions</source>
        <translation>Filtra le domande</translation>
    </message>
    <message>
        <source>Filter: protocol, body, form, late, decision…</source>
        <translation>Filtro: protocollo, ente, allegato, fuori termine, decisione…</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocollo</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricevuta</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Allegato</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Timeliness</source>
        <translation>Termini</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisione</translation>
    </message>
    <message>
        <source>Tables chosen</source>
        <translation>Tavoli scelti</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Domande</translation>
    </message>
    <message>
        <source>Received after the deadline of form %1: it waits for the clerk&apos;s decision with a reason (R-L).</source>
        <translation>Pervenuta dopo la scadenza dell&apos;allegato %1: attende la decisione dell&apos;ufficio, motivata (R-L).</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s)</source>
        <translation>
            <numerusform>%n domanda</numerusform>
            <numerusform>%n domande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n submission(s)</source>
        <translation>
            <numerusform>%1 di %n domanda</numerusform>
            <numerusform>%1 di %n domande</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tavolo::TableDialog</name>
    <message>
        <source>New planning table of %1</source>
        <translation>Nuovo tavolo di programmazione del %1</translation>
    </message>
    <message>
        <source>&amp;Create table</source>
        <translation>&amp;Crea tavolo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>the whole Ambito</source>
        <translation>l&apos;intero Ambito</translation>
    </message>
    <message>
        <source>sub-area %1</source>
        <translation>sotto-ambito %1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Livello</translation>
    </message>
    <message>
        <source>Transversal areas</source>
        <translation>Aree trasversali</translation>
    </message>
    <message>
        <source>separated by semicolons</source>
        <translation>separate da punto e virgola</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Livello:</translation>
    </message>
    <message>
        <source>Transversal &amp;areas:</source>
        <translation>Aree t&amp;rasversali:</translation>
    </message>
</context>
<context>
    <name>tavolo::TablesPanel</name>
    <message>
        <source>Planning tables</source>
        <translation>Tavoli di programmazione</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tavolo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Sedute</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dal</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Al</translation>
    </message>
    <message>
        <source>Through</source>
        <translation>Tramite</translation>
    </message>
    <message>
        <source>Table meetings</source>
        <translation>Sedute del tavolo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Luogo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>New table…</source>
        <translation>Nuovo tavolo…</translation>
    </message>
    <message>
        <source>Add table participant…</source>
        <translation>Aggiungi partecipante al tavolo…</translation>
    </message>
    <message>
        <source>New table meeting…</source>
        <translation>Nuova seduta del tavolo…</translation>
    </message>
    <message>
        <source>Ambito</source>
        <translation>Ambito</translation>
    </message>
    <message>
        <source>%1 — areas: %2</source>
        <translation>%1 — aree: %2</translation>
    </message>
    <message>
        <source>No meeting yet (R-L).</source>
        <translation>Ancora senza sedute (R-L).</translation>
    </message>
    <message>
        <source>prot. %1</source>
        <translation>prot. %1</translation>
    </message>
    <message>
        <source>added by the office</source>
        <translation>aggiunto dall&apos;ufficio</translation>
    </message>
    <message>
        <source>Add a participant to %1</source>
        <translation>Aggiungi un partecipante a %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persona:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dal:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>table participant</source>
        <translation>partecipante</translation>
    </message>
</context>
<context>
    <name>tavolo::TemplateDialog</name>
    <message>
        <source>Letter template</source>
        <translation>Modello della lettera</translation>
    </message>
    <message>
        <source>HTML of the letter template</source>
        <translation>HTML del modello della lettera</translation>
    </message>
    <message>
        <source>&amp;HTML of the letter:</source>
        <translation>&amp;HTML della lettera:</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Segnaposto</translation>
    </message>
    <message>
        <source>&amp;Placeholders (double-click to insert):</source>
        <translation>&amp;Segnaposto (doppio clic per inserire):</translation>
    </message>
    <message>
        <source>&amp;Restore the default</source>
        <translation>&amp;Ripristina il predefinito</translation>
    </message>
    <message>
        <source>The letter template is empty.</source>
        <translation>Il modello della lettera è vuoto.</translation>
    </message>
</context>
<context>
    <name>tavolo::VoteEditor</name>
    <message>
        <source>no vote</source>
        <translation>nessuna votazione</translation>
    </message>
    <message>
        <source>unanimous</source>
        <translation>all&apos;unanimità</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>a maggioranza</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Votazione</translation>
    </message>
    <message>
        <source>favourable</source>
        <translation>favorevoli</translation>
    </message>
    <message>
        <source>contrary</source>
        <translation>contrari</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>astenuti</translation>
    </message>
    <message>
        <source>Names…</source>
        <translation>Nomi…</translation>
    </message>
    <message>
        <source>Who voted favourable, contrary or abstained (optional)</source>
        <translation>Chi ha votato a favore, contro o si è astenuto (facoltativo)</translation>
    </message>
    <message>
        <source>favourable: %1</source>
        <translation>favorevoli: %1</translation>
    </message>
    <message>
        <source>contrary: %1</source>
        <translation>contrari: %1</translation>
    </message>
    <message>
        <source>abstained: %1</source>
        <translation>astenuti: %1</translation>
    </message>
</context>
<context>
    <name>tavolo::VoteNamesDialog</name>
    <message>
        <source>Who voted how</source>
        <translation>Chi ha votato come</translation>
    </message>
    <message>
        <source>&amp;Set the names</source>
        <translation>&amp;Imposta i nomi</translation>
    </message>
    <message>
        <source>The counts of the vote become those of the names given. Leave everyone unnamed to record the counts only.</source>
        <translation>I conteggi della votazione diventano quelli dei nomi indicati. Lascia tutti senza nome per registrare solo i conteggi.</translation>
    </message>
    <message>
        <source>Names in the vote</source>
        <translation>Nomi nella votazione</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>— not named —</source>
        <translation>— non indicato —</translation>
    </message>
    <message>
        <source>favourable</source>
        <translation>favorevole</translation>
    </message>
    <message>
        <source>contrary</source>
        <translation>contrario</translation>
    </message>
    <message>
        <source>abstained</source>
        <translation>astenuto</translation>
    </message>
    <message>
        <source>Vote of %1</source>
        <translation>Voto di %1</translation>
    </message>
</context>
</TS>
