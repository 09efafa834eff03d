//! The intake queue: messages the HTTP intake has received (already redacted) wait here for a
//! worker. Claiming deletes the rows inside the transaction that stores them, so a message is
//! stored exactly once even with several workers (PostgreSQL: `FOR UPDATE SKIP LOCKED`) and
//! nothing is lost when a worker dies mid-batch (its transaction rolls back).

use sqlx::Row;

use super::{now, Backend, Ingested, Prepared, Store, StoreError};

/// What one [`Store::drain_queue`] call did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Drained {
    /// Results of the claimed items, in queue order.
    pub ingested: Vec<Ingested>,
    /// Queue ids of items that could not be read back, moved to `queue_dead`.
    pub dead: Vec<i64>,
}

impl Drained {
    /// How many queue rows were claimed.
    pub fn claimed(&self) -> usize {
        self.ingested.len() + self.dead.len()
    }
}

impl Store {
    /// Puts processed messages on the queue (one transaction); returns their queue ids.
    pub async fn enqueue(&self, items: &[Prepared]) -> Result<Vec<i64>, StoreError> {
        let mut tx = self.begin_write().await?;
        let mut ids = Vec::with_capacity(items.len());
        let at = now();
        for item in items {
            let json = serde_json::to_string(item).expect("a prepared message serialises");
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO queue (enqueued_at, item) VALUES ($1, $2) RETURNING id",
            )
            .bind(at)
            .bind(json)
            .fetch_one(&mut *tx)
            .await?;
            ids.push(id);
        }
        tx.commit().await?;
        Ok(ids)
    }

    /// The thread of the queued message `source_id` of `channel`: the stored thread it replies
    /// to (if any), then its subject and (redacted) body, one per line; `None` if no such
    /// message is queued. A reply that arrives before a worker has stored its parent (a
    /// webhook delivers both within seconds) is decided in its thread all the same.
    pub async fn queued_thread_text(
        &self,
        channel: &str,
        source_id: &str,
    ) -> Result<Option<String>, StoreError> {
        // Items are compact JSON of `Prepared`, so the id appears exactly as serde writes it;
        // the candidates are read back and compared field by field.
        let needle = format!(
            "\"source_id\":{}",
            serde_json::to_string(source_id).expect("a string serialises")
        );
        let pattern = format!("%{}%", like_escaped(&needle));
        let items: Vec<String> =
            sqlx::query_scalar("SELECT item FROM queue WHERE item LIKE $1 ESCAPE '\\' ORDER BY id")
                .bind(pattern)
                .fetch_all(&self.pool)
                .await?;
        let Some(parent) = items
            .iter()
            .filter_map(|item| serde_json::from_str::<Prepared>(item).ok())
            .find(|p| p.incoming.channel == channel && p.incoming.source_id == source_id)
        else {
            return Ok(None);
        };
        let mut text = match &parent.incoming.in_reply_to {
            Some(grandparent) => self
                .thread_text(channel, grandparent)
                .await?
                .unwrap_or_default(),
            None => String::new(),
        };
        for part in [parent.incoming.subject.as_deref(), Some(&parent.body)]
            .into_iter()
            .flatten()
        {
            text.push('\n');
            text.push_str(part);
        }
        Ok(Some(text))
    }

    /// Number of messages waiting on the queue.
    pub async fn queue_len(&self) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar("SELECT COUNT(*) FROM queue")
            .fetch_one(&self.pool)
            .await?)
    }

    /// Claims up to `limit` queued messages and stores them, in one transaction: the queue rows
    /// are deleted in the transaction that stores the messages. On PostgreSQL rows another
    /// worker holds are skipped (`FOR UPDATE SKIP LOCKED`); SQLite has one writer at a time.
    pub async fn drain_queue(&self, limit: i64) -> Result<Drained, StoreError> {
        let claim = match self.backend {
            Backend::Postgres => {
                "DELETE FROM queue WHERE id IN (SELECT id FROM queue ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) \
                 RETURNING id, enqueued_at, item"
            }
            Backend::Sqlite => {
                "DELETE FROM queue WHERE id IN (SELECT id FROM queue ORDER BY id LIMIT $1) \
                 RETURNING id, enqueued_at, item"
            }
        };
        let mut tx = self.begin_write().await?;
        let rows = sqlx::query(claim).bind(limit).fetch_all(&mut *tx).await?;
        let mut claimed = Vec::with_capacity(rows.len());
        for row in rows {
            let (id, at, item): (i64, i64, String) =
                (row.try_get(0)?, row.try_get(1)?, row.try_get(2)?);
            claimed.push((id, at, item));
        }
        // DELETE … RETURNING does not promise an order.
        claimed.sort_unstable_by_key(|c| c.0);
        let mut out = Drained::default();
        let mut items = Vec::with_capacity(claimed.len());
        for (id, at, item) in claimed {
            match serde_json::from_str::<Prepared>(&item) {
                Ok(p) => items.push(p),
                Err(e) => {
                    // serde_json's message names the position, not the content.
                    sqlx::query(
                        "INSERT INTO queue_dead (id, enqueued_at, item, error) VALUES ($1, $2, $3, $4)",
                    )
                    .bind(id)
                    .bind(at)
                    .bind(item)
                    .bind(e.to_string())
                    .execute(&mut *tx)
                    .await?;
                    out.dead.push(id);
                }
            }
        }
        out.ingested = self.ingest_in(&mut tx, &items).await?;
        tx.commit().await?;
        Ok(out)
    }
}

/// `text` with the `LIKE` wildcards `%` and `_` and the escape `\` escaped by `\`.
fn like_escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '%' | '_' | '\\') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_wildcards_are_escaped() {
        assert_eq!(like_escaped(r#""a_b%c\d""#), r#""a\_b\%c\\d""#);
    }
}
