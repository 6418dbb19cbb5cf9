<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>Batch</name>
    <message>
        <source>Operation %1 is not a JSON object.</source>
        <translation>L&apos;operazione %1 non è un oggetto JSON.</translation>
    </message>
    <message>
        <source>Unknown operation &quot;%1&quot;. Known operations: %2.</source>
        <translation>Operazione sconosciuta &quot;%1&quot;. Operazioni disponibili: %2.</translation>
    </message>
    <message>
        <source>&quot;ref&quot; must be text.</source>
        <translation>&quot;ref&quot; deve essere un testo.</translation>
    </message>
    <message>
        <source>The batch is not valid JSON: %1 at character %2.</source>
        <translation>Il lotto non è JSON valido: %1 al carattere %2.</translation>
    </message>
    <message>
        <source>The batch must be a JSON array of operations.</source>
        <translation>Il lotto deve essere un array JSON di operazioni.</translation>
    </message>
    <message>
        <source>Not applied: the batch is atomic and operation %1 was refused, so nothing was written.</source>
        <translation>Non applicata: il lotto è atomico e l&apos;operazione %1 è stata rifiutata, quindi non è stato scritto nulla.</translation>
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
        <source>Usage: tavolo-cli [--db FILE] apply [--atomic] FILE|-</source>
        <translation>Uso: tavolo-cli [--db FILE] apply [--atomic] FILE|-</translation>
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
        <source>Usage: tavolo-cli [--db FILE] org|person list [--json]</source>
        <translation>Uso: tavolo-cli [--db FILE] org|person list [--json]</translation>
    </message>
    <message>
        <source>Tavolo from the command line.

Commands:
  init                     create an empty archive
  apply [--atomic] FILE|-  apply a JSON array of operations
  org list [--json]        list the organisations
  person list [--json]     list the people</source>
        <translation>Tavolo da riga di comando.

Comandi:
  init                     crea un archivio vuoto
  apply [--atomic] FILE|-  applica un array JSON di operazioni
  org list [--json]        elenca gli enti
  person list [--json]     elenca le persone</translation>
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
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>Comando sconosciuto &quot;%1&quot;. Provare --help.</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>&quot;%1&quot; is not an e-mail address (expected name@domain.it).</source>
        <translation>&quot;%1&quot; non è un indirizzo e-mail (atteso nome@dominio.it).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a PEC address (expected name@pec.domain.it).</source>
        <translation>&quot;%1&quot; non è un indirizzo PEC (atteso nome@pec.dominio.it).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number.</source>
        <translation>&quot;%1&quot; non è un numero di telefono.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>The field &quot;%1&quot; must be text.</source>
        <translation>Il campo &quot;%1&quot; deve essere un testo.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>Il campo &quot;%1&quot; è obbligatorio.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be true or false.</source>
        <translation>Il campo &quot;%1&quot; deve essere true o false.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a date written YYYY-MM-DD; &quot;%2&quot; is not.</source>
        <translation>Il campo &quot;%1&quot; deve essere una data nella forma AAAA-MM-GG; &quot;%2&quot; non lo è.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required (a date, YYYY-MM-DD).</source>
        <translation>Il campo &quot;%1&quot; è obbligatorio (una data, AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a time written HH:MM; &quot;%2&quot; is not.</source>
        <translation>Il campo &quot;%1&quot; deve essere un orario nella forma HH:MM; &quot;%2&quot; non lo è.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list.</source>
        <translation>Il campo &quot;%1&quot; deve essere un elenco.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a list of texts.</source>
        <translation>Il campo &quot;%1&quot; deve essere un elenco di testi.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be an object.</source>
        <translation>Il campo &quot;%1&quot; deve essere un oggetto.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; for this operation.</source>
        <translation>Campo &quot;%1&quot; sconosciuto per questa operazione.</translation>
    </message>
    <message>
        <source>Unknown category &quot;%1&quot;. Categories: %2.</source>
        <translation>Categoria sconosciuta &quot;%1&quot;. Categorie: %2.</translation>
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
    <name>OperationContext</name>
    <message>
        <source>The ref &quot;%1&quot; in &quot;%2&quot; names a %3, not a %4.</source>
        <translation>Il riferimento &quot;%1&quot; in &quot;%2&quot; indica un elemento di tipo %3, non di tipo %4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the field &quot;%2&quot; names no %3: give an id, a ref set by an earlier operation%4.</source>
        <translation>&quot;%1&quot; nel campo &quot;%2&quot; non indica alcun elemento di tipo %3: indicare un id, un riferimento (ref) impostato da un&apos;operazione precedente%4.</translation>
    </message>
    <message>
        <source> or a tax code</source>
        <translation> o un codice fiscale</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is required (a %2).</source>
        <translation>Il campo &quot;%1&quot; è obbligatorio (tipo %2).</translation>
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
        <translation>g) Altri enti del Terzo settore</translation>
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
        <translation>Il codice fiscale %1 appartiene già a &quot;%2&quot; (id %3) nel registro: un ente si registra una sola volta. Modificare quella scheda.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; cannot be deleted: %n person(s) of the register belong to it. Move them to another organisation first, or mark the organisation inactive.</source>
        <translation>
            <numerusform>&quot;%1&quot; non può essere eliminato: %n persona del registro vi appartiene. Spostarla prima in un altro ente, oppure segnare l&apos;ente come non attivo.</numerusform>
            <numerusform>&quot;%1&quot; non può essere eliminato: %n persone del registro vi appartengono. Spostarle prima in un altro ente, oppure segnare l&apos;ente come non attivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be deleted: the Tavolo&apos;s history refers to it. Mark it inactive instead.</source>
        <translation>&quot;%1&quot; non può essere eliminato: la storia del Tavolo vi fa riferimento. Segnarlo invece come non attivo.</translation>
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
        <translation>%1 non può essere eliminato/a: la storia del Tavolo fa riferimento a questa persona (cariche, designazioni, sedute). La storia non viene mai riscritta.</translation>
    </message>
</context>
<context>
    <name>TaxCode</name>
    <message numerus="yes">
        <source>The tax code of an organisation has 11 digits; &quot;%1&quot; has %n character(s).</source>
        <translation>
            <numerusform>Il codice fiscale di un ente ha 11 cifre; &quot;%1&quot; ha %n carattere.</numerusform>
            <numerusform>Il codice fiscale di un ente ha 11 cifre; &quot;%1&quot; ha %n caratteri.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tax code of an organisation has digits only; &quot;%1&quot; contains &quot;%2&quot;.</source>
        <translation>Il codice fiscale di un ente contiene solo cifre; &quot;%1&quot; contiene &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The tax code &quot;%1&quot; is wrong: its check digit should be %2, not %3. Check the digits against the organisation&apos;s documents.</source>
        <translation>Il codice fiscale &quot;%1&quot; è errato: la cifra di controllo dovrebbe essere %2, non %3. Verificare le cifre sui documenti dell&apos;ente.</translation>
    </message>
    <message numerus="yes">
        <source>A personal tax code has 16 characters; &quot;%1&quot; has %n.</source>
        <translation>
            <numerusform>Il codice fiscale di una persona ha 16 caratteri; &quot;%1&quot; ne ha %n.</numerusform>
            <numerusform>Il codice fiscale di una persona ha 16 caratteri; &quot;%1&quot; ne ha %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The personal tax code &quot;%1&quot; is malformed at character %2 (&quot;%3&quot;).</source>
        <translation>Il codice fiscale &quot;%1&quot; non è ben formato al carattere %2 (&quot;%3&quot;).</translation>
    </message>
    <message>
        <source>The personal tax code &quot;%1&quot; has no valid month letter (&quot;%2&quot;).</source>
        <translation>Il codice fiscale &quot;%1&quot; non ha una lettera del mese valida (&quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The personal tax code &quot;%1&quot; has an impossible day of birth (%2).</source>
        <translation>Il codice fiscale &quot;%1&quot; ha un giorno di nascita impossibile (%2).</translation>
    </message>
    <message>
        <source>The personal tax code &quot;%1&quot; is wrong: its check letter should be %2, not %3.</source>
        <translation>Il codice fiscale &quot;%1&quot; è errato: il carattere di controllo dovrebbe essere %2, non %3.</translation>
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
        <source>The archive is in use by another program that is saving changes. Try again in a moment.</source>
        <translation>L&apos;archivio è in uso da parte di un altro programma che sta salvando delle modifiche. Riprovare tra qualche istante.</translation>
    </message>
    <message>
        <source>The archive could not complete the operation: %1</source>
        <translation>L&apos;archivio non ha potuto completare l&apos;operazione: %1</translation>
    </message>
</context>
<context>
    <name>tavolo::MainWindow</name>
    <message>
        <source>Tavolo</source>
        <translation>Tavolo</translation>
    </message>
</context>
</TS>
