-- A document's normalised text was two thirds of the file and the largest share of what each commit
-- wrote (ingest of 200 MB: 10.1-10.4 s with it, 8.1-8.7 s without). New rows keep it UTF-8 and
-- Brotli-compressed (quality 1) in text_brotli, compressed on the extraction threads, with text left
-- empty; rows written before this migration keep their plain text and a NULL text_brotli.
ALTER TABLE document_text ADD COLUMN text_brotli BLOB;
