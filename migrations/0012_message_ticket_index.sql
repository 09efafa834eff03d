-- Messages by ticket: `tickets` (message counts), `show` and `close` look messages up by ticket;
-- without this index each lookup reads the whole table.
CREATE INDEX messages_ticket ON messages(ticket_id);
