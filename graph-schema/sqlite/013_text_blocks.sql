-- Evidence sentences are cut from document_text when read, no longer stored a second time (issue 15): the
-- sentence table was a quarter of the file and of what every commit wrote (ingest of 200 MB: writer 17.4 ->
-- 15.1 CPU-s, plain-SQLite replay 13.0 -> 9.7 s). So that a sentence does not cost its whole document, new
-- texts are stored as Brotli blocks of about 8,192 characters, concatenated in text_brotli, with
-- text_blocks indexing them (DocumentTextCodec); rows written before keep one Brotli stream (text_blocks
-- NULL) or plain text, and are read as they are.
ALTER TABLE document_text ADD COLUMN text_blocks BLOB;
DROP TABLE sentence;
