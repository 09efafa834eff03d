//! Storing a batch of processed messages in a handful of statements: one lookup of every key
//! the batch mentions (its source ids, the ids replied to, its thread keys), then the batch is
//! planned in memory exactly as storing its messages one by one would go (a message repeated
//! in the batch is a duplicate, a reply to an earlier message of the batch joins that message's
//! ticket), then the new tickets, the messages, the findings and the audit rows are written
//! in multi-row statements.

use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};

use sqlx::Row;

use super::sql::{multi_row_insert, rows_per_statement, Sql};
use super::{now, FindingRow, Ingested, Prepared, Store, StoreError};

/// A message's ticket: one already stored, or the `n`th ticket the batch creates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum TicketRef {
    Stored(i64),
    New(usize),
}

/// `(channel, source id or thread key)`.
type Key<'a> = (&'a str, &'a str);

/// What the store already holds for a batch's keys.
#[derive(Debug, Default)]
struct Known<'a> {
    /// Stored messages by `(channel, source id)`: their ticket.
    messages: HashMap<Key<'a>, TicketRef>,
    /// Stored tickets by `(channel, thread key)`.
    threads: HashMap<Key<'a>, TicketRef>,
}

/// How a batch is stored.
#[derive(Debug, Default, PartialEq, Eq)]
struct Plan {
    /// Per message: `None` for a duplicate, else its ticket.
    tickets: Vec<Option<TicketRef>>,
    /// For each new ticket, the batch index of the message that opens it.
    new_tickets: Vec<usize>,
    /// Stored tickets that get a message (their `updated_at` moves).
    touched: BTreeSet<i64>,
}

/// Plans `batch` against what is stored, in batch order, as storing the messages one by one
/// would: a duplicate is skipped; a reply joins the ticket of the message it replies to if that
/// is stored or earlier in the batch, else its thread's ticket; otherwise the thread's ticket,
/// or a new one.
fn plan<'a>(batch: &'a [Prepared], mut known: Known<'a>) -> Plan {
    let mut out = Plan {
        tickets: Vec::with_capacity(batch.len()),
        ..Plan::default()
    };
    for (i, p) in batch.iter().enumerate() {
        let m = &p.incoming;
        let key = (m.channel.as_str(), m.source_id.as_str());
        if known.messages.contains_key(&key) {
            out.tickets.push(None);
            continue;
        }
        let parent = m
            .in_reply_to
            .as_deref()
            .and_then(|r| known.messages.get(&(m.channel.as_str(), r)).copied());
        let thread = (m.channel.as_str(), m.thread_key.as_str());
        let ticket = match parent.or_else(|| known.threads.get(&thread).copied()) {
            Some(t) => t,
            None => {
                let t = TicketRef::New(out.new_tickets.len());
                out.new_tickets.push(i);
                known.threads.insert(thread, t);
                t
            }
        };
        if let TicketRef::Stored(id) = ticket {
            out.touched.insert(id);
        }
        known.messages.insert(key, ticket);
        out.tickets.push(Some(ticket));
    }
    out
}

/// The distinct keys `batch` needs looked up: messages (its source ids and the ids it replies
/// to) and threads.
fn keys(batch: &[Prepared]) -> (Vec<Key<'_>>, Vec<Key<'_>>) {
    let (mut messages, mut threads) = (Vec::new(), Vec::new());
    let (mut seen_m, mut seen_t) = (
        std::collections::HashSet::new(),
        std::collections::HashSet::new(),
    );
    for p in batch {
        let m = &p.incoming;
        let c = m.channel.as_str();
        for k in std::iter::once(m.source_id.as_str()).chain(m.in_reply_to.as_deref()) {
            if seen_m.insert((c, k)) {
                messages.push((c, k));
            }
        }
        if seen_t.insert((c, m.thread_key.as_str())) {
            threads.push((c, m.thread_key.as_str()));
        }
    }
    (messages, threads)
}

type Tx<'t> = sqlx::Transaction<'t, sqlx::Any>;

/// `batch` as both backends can store it: PostgreSQL's text type cannot hold U+0000 (a
/// message with one would fail its whole batch, again at every retry), so in a batch that
/// holds one, each becomes a space — one byte like it, so offsets stay true.
fn storable(batch: &[Prepared]) -> Cow<'_, [Prepared]> {
    fn clean(s: &mut String) {
        if s.contains('\0') {
            *s = s.replace('\0', " ");
        }
    }
    let has_nul = |s: &str| s.contains('\0');
    let texts = |p: &Prepared| {
        let i = &p.incoming;
        [&i.channel, &i.source_id, &i.thread_key, &p.body, &p.lang]
            .into_iter()
            .map(String::as_str)
            .chain(
                [
                    &i.in_reply_to,
                    &i.requester_name,
                    &i.requester_email,
                    &i.requester_phone,
                    &i.requester_handle,
                    &i.subject,
                ]
                .into_iter()
                .flatten()
                .map(String::as_str),
            )
            .any(has_nul)
    };
    if !batch.iter().any(texts) {
        return Cow::Borrowed(batch);
    }
    let mut owned = batch.to_vec();
    for p in &mut owned {
        let i = &mut p.incoming;
        for s in [&mut i.channel, &mut i.source_id, &mut i.thread_key] {
            clean(s);
        }
        for s in [
            &mut i.in_reply_to,
            &mut i.requester_name,
            &mut i.requester_email,
            &mut i.requester_phone,
            &mut i.requester_handle,
            &mut i.subject,
        ]
        .into_iter()
        .flatten()
        {
            clean(s);
        }
        clean(&mut p.body);
        clean(&mut p.lang);
    }
    Cow::Owned(owned)
}

impl Store {
    /// Stores processed messages in one transaction (all or nothing): for each its ticket (new,
    /// or the thread's), the redacted body, the findings and the audit rows. A message already
    /// stored (same channel and source id), or earlier in the batch, is skipped.
    pub async fn ingest_batch(&self, batch: &[Prepared]) -> Result<Vec<Ingested>, StoreError> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let mut tx = self.begin_write().await?;
        let out = self.ingest_in(&mut tx, batch).await?;
        tx.commit().await?;
        Ok(out)
    }

    /// Stores `batch` inside `tx` in a few multi-row statements per step: look up, tickets,
    /// messages, findings and audit rows.
    pub(super) async fn ingest_in(
        &self,
        tx: &mut Tx<'_>,
        batch: &[Prepared],
    ) -> Result<Vec<Ingested>, StoreError> {
        if batch.is_empty() {
            return Ok(Vec::new());
        }
        let batch = storable(batch);
        let batch = &batch[..];
        let plan = plan(batch, self.known(tx, batch).await?);
        let at = now();
        let new_ids = self
            .insert_tickets(tx, batch, &plan.new_tickets, at)
            .await?;
        self.touch_tickets(tx, &plan.touched, at).await?;
        let ticket_of = |t: TicketRef| match t {
            TicketRef::Stored(id) => id,
            TicketRef::New(n) => new_ids[n],
        };
        let stored: Vec<(usize, i64)> = plan
            .tickets
            .iter()
            .enumerate()
            .filter_map(|(i, t)| t.map(|t| (i, ticket_of(t))))
            .collect();
        let message_ids = self.insert_messages(tx, batch, &stored, at).await?;
        let mut out = vec![Ingested::Duplicate; batch.len()];
        let mut rows = Vec::new();
        for (&(i, ticket), &message) in stored.iter().zip(&message_ids) {
            out[i] = Ingested::Stored { ticket, message };
            rows.extend(batch[i].findings.iter().map(|f| FindingRow {
                ticket,
                message,
                finding: f,
                span: (f.start, f.end),
            }));
        }
        self.insert_findings(tx, &rows, "ingest").await?;
        Ok(out)
    }

    /// What the store holds for the keys of `batch`, in one query per parameter-limit chunk.
    async fn known<'a>(
        &self,
        tx: &mut Tx<'_>,
        batch: &'a [Prepared],
    ) -> Result<Known<'a>, StoreError> {
        let (messages, threads) = keys(batch);
        let all: Vec<(bool, Key<'a>)> = messages
            .iter()
            .map(|&k| (true, k))
            .chain(threads.iter().map(|&k| (false, k)))
            .collect();
        let mut known = Known::default();
        for chunk in all.chunks(rows_per_statement(self.backend, 2)) {
            // Message keys come first in the chunk: `k.i < n` are messages, the rest threads.
            let n = chunk.iter().filter(|(is_msg, _)| *is_msg).count();
            let mut sql = Sql::new(self.backend, "WITH k(i, c, s) AS (VALUES ");
            sql.rows(chunk.len(), 2, Some(&|r| format!("{r}, ")));
            sql.push(&format!(
                ") SELECT k.i, m.ticket_id FROM k JOIN messages m ON m.channel = k.c AND m.source_id = k.s WHERE k.i < {n} \
                 UNION ALL SELECT k.i, t.id FROM k JOIN tickets t ON t.channel = k.c AND t.thread_key = k.s WHERE k.i >= {n}"
            ));
            let mut q = sqlx::query(sql.finish());
            for (_, (c, s)) in chunk {
                q = q.bind(*c).bind(*s);
            }
            for row in q.fetch_all(&mut **tx).await? {
                let (i, ticket): (i64, i64) = (row.try_get(0)?, row.try_get(1)?);
                let (is_msg, key) = chunk[i as usize];
                let map = if is_msg {
                    &mut known.messages
                } else {
                    &mut known.threads
                };
                map.insert(key, TicketRef::Stored(ticket));
            }
        }
        Ok(known)
    }

    /// Inserts the new tickets (each opened by the message at that batch index); returns their
    /// ids in the same order.
    async fn insert_tickets(
        &self,
        tx: &mut Tx<'_>,
        batch: &[Prepared],
        openers: &[usize],
        at: i64,
    ) -> Result<Vec<i64>, StoreError> {
        let mut ids = Vec::with_capacity(openers.len());
        for chunk in openers.chunks(rows_per_statement(self.backend, 9)) {
            let mut sql = Sql::new(
                self.backend,
                "INSERT INTO tickets (channel, thread_key, requester_name, requester_email, requester_phone, requester_handle, subject, created_at, updated_at) VALUES ",
            );
            sql.rows(chunk.len(), 9, None);
            sql.push(" RETURNING id, channel, thread_key");
            let mut q = sqlx::query(sql.finish());
            for &i in chunk {
                let m = &batch[i].incoming;
                q = q
                    .bind(&m.channel)
                    .bind(&m.thread_key)
                    .bind(&m.requester_name)
                    .bind(&m.requester_email)
                    .bind(&m.requester_phone)
                    .bind(&m.requester_handle)
                    .bind(&m.subject)
                    .bind(m.created_at)
                    .bind(at);
            }
            let rows = q.fetch_all(&mut **tx).await?;
            let keys = chunk.iter().map(|&i| {
                let m = &batch[i].incoming;
                (m.channel.as_str(), m.thread_key.as_str())
            });
            ids.extend(returned_ids(&rows, keys)?);
        }
        Ok(ids)
    }

    /// Moves `updated_at` of the stored tickets that got a message.
    async fn touch_tickets(
        &self,
        tx: &mut Tx<'_>,
        tickets: &BTreeSet<i64>,
        at: i64,
    ) -> Result<(), StoreError> {
        let ids: Vec<i64> = tickets.iter().copied().collect();
        for chunk in ids.chunks(rows_per_statement(self.backend, 1) - 1) {
            let mut sql = Sql::new(self.backend, "UPDATE tickets SET updated_at = ");
            sql.param()
                .push(" WHERE id IN (")
                .params(chunk.len())
                .push(")");
            let mut q = sqlx::query(sql.finish()).bind(at);
            for id in chunk {
                q = q.bind(id);
            }
            q.execute(&mut **tx).await?;
        }
        Ok(())
    }

    /// Inserts the messages at the given batch indexes into their tickets, in batch order;
    /// returns their ids in the same order.
    async fn insert_messages(
        &self,
        tx: &mut Tx<'_>,
        batch: &[Prepared],
        stored: &[(usize, i64)],
        at: i64,
    ) -> Result<Vec<i64>, StoreError> {
        let mut ids = Vec::with_capacity(stored.len());
        for chunk in stored.chunks(rows_per_statement(self.backend, 7)) {
            let mut sql = Sql::new(
                self.backend,
                "INSERT INTO messages (ticket_id, channel, source_id, lang, body, created_at, received_at) VALUES ",
            );
            sql.rows(chunk.len(), 7, None);
            sql.push(" RETURNING id, channel, source_id");
            let mut q = sqlx::query(sql.finish());
            for &(i, ticket) in chunk {
                let p = &batch[i];
                q = q
                    .bind(ticket)
                    .bind(&p.incoming.channel)
                    .bind(&p.incoming.source_id)
                    .bind(&p.lang)
                    .bind(&p.body)
                    .bind(p.incoming.created_at)
                    .bind(at);
            }
            let rows = q.fetch_all(&mut **tx).await?;
            let keys = chunk.iter().map(|&(i, _)| {
                let m = &batch[i].incoming;
                (m.channel.as_str(), m.source_id.as_str())
            });
            ids.extend(returned_ids(&rows, keys)?);
        }
        Ok(ids)
    }

    /// Records findings with their audit rows, as many rows per statement as the backend's
    /// parameter limit allows.
    pub(super) async fn insert_findings(
        &self,
        tx: &mut Tx<'_>,
        rows: &[FindingRow<'_>],
        event: &str,
    ) -> Result<(), StoreError> {
        let at = now();
        for chunk in rows.chunks(rows_per_statement(self.backend, 8)) {
            let mut q = sqlx::query(multi_row_insert(
                self.backend,
                "INSERT INTO findings (message_id, label, rule, start_offset, end_offset, action, reason, value_hash) VALUES ",
                8,
                chunk.len(),
            ));
            for r in chunk {
                let f = r.finding;
                q = q
                    .bind(r.message)
                    .bind(f.label.as_str())
                    .bind(&f.rule)
                    .bind(r.span.0 as i64)
                    .bind(r.span.1 as i64)
                    .bind(f.decision.action.as_str())
                    .bind(&f.decision.reason)
                    .bind(&f.value_hash);
            }
            q.execute(&mut **tx).await?;
        }
        for chunk in rows.chunks(rows_per_statement(self.backend, 9)) {
            let mut q = sqlx::query(multi_row_insert(
                self.backend,
                "INSERT INTO audit (at, ticket_id, message_id, event, label, rule, action, reason, rules_version) VALUES ",
                9,
                chunk.len(),
            ));
            for r in chunk {
                let f = r.finding;
                q = q
                    .bind(at)
                    .bind(r.ticket)
                    .bind(r.message)
                    .bind(event)
                    .bind(f.label.as_str())
                    .bind(&f.rule)
                    .bind(f.decision.action.as_str())
                    .bind(&f.decision.reason)
                    .bind(&self.rules_version);
            }
            q.execute(&mut **tx).await?;
        }
        Ok(())
    }
}

/// The ids of `INSERT … RETURNING id, <key columns>` rows in the order of `keys` (RETURNING
/// does not promise the order of the VALUES).
fn returned_ids<'k>(
    rows: &[sqlx::any::AnyRow],
    keys: impl Iterator<Item = Key<'k>>,
) -> Result<Vec<i64>, StoreError> {
    let mut by_key: HashMap<(String, String), i64> = HashMap::with_capacity(rows.len());
    for row in rows {
        by_key.insert((row.try_get(1)?, row.try_get(2)?), row.try_get(0)?);
    }
    keys.map(|(c, k)| {
        by_key
            .get(&(c.to_string(), k.to_string()))
            .copied()
            .ok_or(StoreError::Db(sqlx::Error::RowNotFound))
    })
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Incoming;

    fn msg(id: &str, reply: Option<&str>) -> Prepared {
        Prepared {
            incoming: Incoming {
                channel: "social:x".into(),
                source_id: id.into(),
                thread_key: id.into(),
                in_reply_to: reply.map(String::from),
                ..Incoming::default()
            },
            lang: "nl".into(),
            body: String::new(),
            findings: Vec::new(),
        }
    }

    #[test]
    fn a_batch_is_planned_as_one_by_one_storing_would_go() {
        let batch = [
            msg("a", None),
            msg("a", None),      // repeated in the batch: duplicate
            msg("b", Some("a")), // parent earlier in the batch
            msg("c", Some("z")), // parent stored before
            msg("d", Some("e")), // parent later in the batch: own ticket
            msg("e", None),      // thread key "e" is not taken: own ticket
            msg("s", None),      // stored before
            msg("f", Some("?")), // parent unknown: own ticket
        ];
        let mut known = Known::default();
        known
            .messages
            .insert(("social:x", "z"), TicketRef::Stored(7));
        known
            .messages
            .insert(("social:x", "s"), TicketRef::Stored(8));
        let p = plan(&batch, known);
        use TicketRef::*;
        assert_eq!(
            p.tickets,
            [
                Some(New(0)),
                None,
                Some(New(0)),
                Some(Stored(7)),
                Some(New(1)),
                Some(New(2)),
                None,
                Some(New(3))
            ]
        );
        assert_eq!(p.new_tickets, [0, 4, 5, 7]);
        assert_eq!(p.touched.into_iter().collect::<Vec<_>>(), [7]);
    }

    #[test]
    fn keys_are_distinct() {
        let batch = [msg("a", None), msg("b", Some("a")), msg("a", None)];
        let (m, t) = keys(&batch);
        assert_eq!(m, [("social:x", "a"), ("social:x", "b")]);
        assert_eq!(t, [("social:x", "a"), ("social:x", "b")]);
    }
}
