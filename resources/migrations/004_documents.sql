-- Schema 4: what the documents need from the archive itself, so that another workstation
-- opening the same file prints the same letters: the letterhead, the signatory, the letter
-- template the clerk edited, and the logo image.

CREATE TABLE document_settings (
    key   TEXT PRIMARY KEY,
    value BLOB
);
