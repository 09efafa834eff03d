//! Redacting values in stored bodies (ticket close, retention sweep, `scrub-store`): the new
//! bodies and the moved offsets of the stored findings are computed in memory, then written
//! for many messages in a few statements.

use std::collections::HashMap;

use super::packed::Unpack;
use super::sql::{rows_per_statement, Sql};
use super::{Store, StoreError};
use crate::detect::{Finding, RuleId};
use crate::label::Label;
use crate::redact::{Method, Redactor};

/// Values to redact in one stored message.
#[derive(Debug, Clone)]
pub(super) struct Rewrite<'a> {
    /// Message id.
    pub message: i64,
    /// Its stored body.
    pub body: &'a str,
    /// Byte spans of `body` to replace with placeholders.
    pub items: Vec<(usize, usize, Label)>,
}

/// A body with values replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Edit {
    /// The new body.
    text: String,
    /// The replacements' spans in the new body, in order of start.
    pub spans: Vec<(usize, usize)>,
    /// Per replaced span: (old start, old end, change of length), in order of start.
    shifts: Vec<(usize, usize, isize)>,
}

/// Replaces `items` of `body` with placeholders.
fn edit(body: &str, items: &[(usize, usize, Label)]) -> Edit {
    let findings: Vec<(Finding, Method)> = items
        .iter()
        .map(|&(start, end, label)| {
            let f = Finding {
                start,
                end,
                label,
                rule: RuleId(0),
                score: 1.0,
            };
            (f, Method::Placeholder)
        })
        .collect();
    let r = Redactor::new().redact(body, &findings);
    let shifts = r
        .replacements
        .iter()
        .map(|rep| {
            let f = &findings[rep.finding].0;
            let change = (rep.end - rep.start) as isize - f.len() as isize;
            (f.start, f.end, change)
        })
        .collect();
    Edit {
        spans: r.replacements.iter().map(|x| (x.start, x.end)).collect(),
        text: r.text,
        shifts,
    }
}

impl Edit {
    /// Where an untouched span `s..e` of the old body is in the new one.
    pub fn place(&self, s: usize, e: usize) -> (usize, usize) {
        let (ns, ne, _) = moved(&self.shifts, s, e);
        (ns as usize, ne as usize)
    }
}

/// Where a stored finding at `s..e` is after `shifts`, and whether its own span was replaced.
fn moved(shifts: &[(usize, usize, isize)], s: usize, e: usize) -> (i64, i64, bool) {
    let before: isize = shifts.iter().filter(|x| x.1 <= s).map(|x| x.2).sum();
    let own = shifts.iter().find(|x| x.0 == s && x.1 == e);
    let ns = s as isize + before;
    let ne = e as isize + before + own.map_or(0, |x| x.2);
    (ns as i64, ne as i64, own.is_some())
}

/// A stored message as it is now, inside the writing transaction.
#[derive(Debug, Clone)]
pub(super) struct Current {
    /// Its ticket.
    pub ticket: i64,
    /// Whether the ticket is closed.
    pub closed: bool,
    /// Its body.
    pub body: String,
}

/// A stored finding's new place: (id, start, end, own span replaced).
type Move = (i64, i64, i64, bool);

type Tx<'t> = sqlx::Transaction<'t, sqlx::Any>;

impl Store {
    /// Replaces each rewrite's items with placeholders, stores the new bodies and moves the
    /// offsets of the messages' stored findings; a stored finding whose span was replaced
    /// becomes `redact`, its reason `reason` followed by the reason it had (which names the
    /// evidence for keeping it). Returns per rewrite its edit: the replacements' new
    /// spans (in the order of its items sorted by start) and where other spans moved. Each
    /// message appears in at most one rewrite.
    pub(super) async fn redact_stored(
        &self,
        tx: &mut Tx<'_>,
        rewrites: &[Rewrite<'_>],
        reason: &str,
    ) -> Result<Vec<Edit>, StoreError> {
        let recorded = self.stored_findings(tx, rewrites).await?;
        self.redact_recorded(tx, rewrites, &recorded, reason).await
    }

    /// As [`Store::redact_stored`], with the messages' stored findings already read (by
    /// [`Store::stored_findings`] in the same transaction).
    pub(super) async fn redact_recorded(
        &self,
        tx: &mut Tx<'_>,
        rewrites: &[Rewrite<'_>],
        recorded: &[(i64, i64, i64, i64)],
        reason: &str,
    ) -> Result<Vec<Edit>, StoreError> {
        let edits: Vec<Edit> = rewrites.iter().map(|r| edit(r.body, &r.items)).collect();
        let by_message: HashMap<i64, &Edit> = rewrites
            .iter()
            .zip(&edits)
            .map(|(r, e)| (r.message, e))
            .collect();
        let mut moves = Vec::new();
        for &(id, message, s, e) in recorded {
            let shifts = &by_message[&message].shifts;
            let (ns, ne, own) = moved(shifts, s as usize, e as usize);
            if own || (ns, ne) != (s, e) {
                moves.push((id, ns, ne, own));
            }
        }
        let bodies: Vec<(i64, &str)> = rewrites
            .iter()
            .zip(&edits)
            .filter(|(r, _)| !r.items.is_empty())
            .map(|(r, e)| (r.message, e.text.as_str()))
            .collect();
        self.update_bodies(tx, &bodies).await?;
        self.move_findings(tx, &moves, reason).await?;
        Ok(edits)
    }

    /// The stored findings of the rewritten messages: (id, message id, start, end), read
    /// packed (one row per statement).
    pub(super) async fn stored_findings(
        &self,
        tx: &mut Tx<'_>,
        rewrites: &[Rewrite<'_>],
    ) -> Result<Vec<(i64, i64, i64, i64)>, StoreError> {
        let mut out = Vec::new();
        for packed in self
            .select_by_message(
                tx,
                "SELECT string_agg(id || ':' || message_id || ':' || start_offset || ':' || end_offset || ';', '') \
                 FROM findings WHERE message_id IN (",
                rewrites,
            )
            .await?
        {
            let mut p = Unpack(&packed);
            while !p.is_empty() {
                let finding = (|| Some((p.number()?, p.number()?, p.number()?, p.number()?)))();
                out.push(finding.ok_or(StoreError::Packing)?);
            }
        }
        Ok(out)
    }

    /// Per rewritten message (by id): its ticket, whether that ticket is closed, and the
    /// message's current body, read packed.
    pub(super) async fn current_bodies(
        &self,
        tx: &mut Tx<'_>,
        rewrites: &[Rewrite<'_>],
    ) -> Result<HashMap<i64, Current>, StoreError> {
        let mut out = HashMap::with_capacity(rewrites.len());
        for packed in self
            .select_by_message(
                tx,
                "SELECT string_agg(m.id || ':' || m.ticket_id || ':' \
                 || CASE WHEN t.status = 'closed' THEN 1 ELSE 0 END || ':' \
                 || octet_length(m.body) || ':' || m.body, '') \
                 FROM messages m JOIN tickets t ON t.id = m.ticket_id WHERE m.id IN (",
                rewrites,
            )
            .await?
        {
            let mut p = Unpack(&packed);
            while !p.is_empty() {
                let (id, current) = (|| {
                    let id = p.number()?;
                    let ticket = p.number()?;
                    let closed = p.number()? == 1;
                    let body = p.bytes()?;
                    Some((
                        id,
                        Current {
                            ticket,
                            closed,
                            body,
                        },
                    ))
                })()
                .ok_or(StoreError::Packing)?;
                out.insert(id, current);
            }
        }
        Ok(out)
    }

    /// The packed strings that `select` (a `string_agg` ending in `IN (`) yields for the
    /// rewritten messages' ids, one statement per parameter-limit chunk.
    async fn select_by_message(
        &self,
        tx: &mut Tx<'_>,
        select: &str,
        rewrites: &[Rewrite<'_>],
    ) -> Result<Vec<String>, StoreError> {
        let mut out = Vec::new();
        for chunk in rewrites.chunks(rows_per_statement(self.backend, 1)) {
            let mut sql = Sql::new(self.backend, select);
            sql.params(chunk.len()).push(")");
            let mut q = sqlx::query_scalar::<_, Option<String>>(sql.finish());
            for r in chunk {
                q = q.bind(r.message);
            }
            out.extend(q.fetch_one(&mut **tx).await?);
        }
        Ok(out)
    }

    /// Stores new message bodies, many per statement.
    async fn update_bodies(
        &self,
        tx: &mut Tx<'_>,
        bodies: &[(i64, &str)],
    ) -> Result<(), StoreError> {
        for chunk in bodies.chunks(rows_per_statement(self.backend, 2)) {
            let mut sql = Sql::new(self.backend, "WITH v(id, body) AS (VALUES ");
            sql.rows(chunk.len(), 2, None);
            sql.push(") UPDATE messages SET body = v.body FROM v WHERE messages.id = v.id");
            let mut q = sqlx::query(sql.finish());
            for (id, body) in chunk {
                q = q.bind(id).bind(*body);
            }
            q.execute(&mut **tx).await?;
        }
        Ok(())
    }

    /// Moves stored findings to their new offsets; those whose span was replaced become
    /// `redact` with `reason`.
    async fn move_findings(
        &self,
        tx: &mut Tx<'_>,
        moves: &[Move],
        reason: &str,
    ) -> Result<(), StoreError> {
        // One parameter of each statement is the reason.
        for chunk in moves.chunks(rows_per_statement(self.backend, 4) - 1) {
            let mut sql = Sql::new(self.backend, "WITH v(id, s, e, own) AS (VALUES ");
            sql.rows(chunk.len(), 4, None);
            sql.push(
                ") UPDATE findings SET start_offset = v.s, end_offset = v.e, \
                 action = CASE WHEN v.own = 1 THEN 'redact' ELSE findings.action END, \
                 reason = CASE WHEN v.own = 1 THEN ",
            )
            .param()
            .push(" || findings.reason ELSE findings.reason END FROM v WHERE findings.id = v.id");
            let mut q = sqlx::query(sql.finish());
            for &(id, s, e, own) in chunk {
                q = q.bind(id).bind(s).bind(e).bind(i64::from(own));
            }
            q.bind(reason).execute(&mut **tx).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_move_with_the_replacements_before_them() {
        let body = "IBAN NL44RABO0123456789 en mail a@b.nl";
        let e = edit(body, &[(5, 23, Label::Iban)]);
        assert_eq!(e.text, "IBAN [IBAN-1] en mail a@b.nl");
        assert_eq!(e.spans, [(5, 13)]);
        // The e-mail after it moves left; the IBAN's own finding shrinks to the placeholder.
        assert_eq!(moved(&e.shifts, 32, 38), (22, 28, false));
        assert_eq!(moved(&e.shifts, 5, 23), (5, 13, true));
        assert_eq!(moved(&e.shifts, 0, 4), (0, 4, false));
    }
}
