//! What compliance reports read: counts grouped in SQL, and every finding streamed in report
//! order (by ticket, message, offset) so a report over a large store is written as it is read.

use futures_util::TryStreamExt;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::{ReportRow, Store, StoreError};

/// Findings of one channel, label, rule, action and day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportCount {
    /// Channel.
    pub channel: String,
    /// Label.
    pub label: String,
    /// Rule id.
    pub rule: String,
    /// Action.
    pub action: String,
    /// The UTC day the messages were received, as unix seconds of its start.
    pub day: i64,
    /// Number of findings.
    pub findings: i64,
}

/// Every finding of messages received in `$1..$2`, grouped by ticket, then message, then
/// place in the body.
const ROWS: &str = "SELECT m.ticket_id, m.id, m.channel, m.received_at, f.label, f.rule, f.action, f.reason, f.start_offset, f.end_offset \
     FROM findings f JOIN messages m ON m.id = f.message_id \
     WHERE m.received_at >= $1 AND m.received_at < $2 ORDER BY m.ticket_id, m.id, f.start_offset";

fn report_row(r: &AnyRow) -> Result<ReportRow, sqlx::Error> {
    Ok(ReportRow {
        ticket: r.try_get(0)?,
        message: r.try_get(1)?,
        channel: r.try_get(2)?,
        received_at: r.try_get(3)?,
        label: r.try_get(4)?,
        rule: r.try_get(5)?,
        action: r.try_get(6)?,
        reason: r.try_get(7)?,
        start: r.try_get(8)?,
        end: r.try_get(9)?,
    })
}

impl Store {
    /// Every finding of messages received in `from..to` (unix seconds), for reports.
    pub async fn report_rows(&self, from: i64, to: i64) -> Result<Vec<ReportRow>, StoreError> {
        let mut out = Vec::new();
        self.for_each_report_row(from, to, |r| {
            out.push(r);
            Ok::<(), StoreError>(())
        })
        .await?;
        Ok(out)
    }

    /// Calls `f` with every finding of messages received in `from..to` (unix seconds), in the
    /// order of [`Store::report_rows`], as the rows are read; stops at the first error.
    pub async fn for_each_report_row<E: From<StoreError>>(
        &self,
        from: i64,
        to: i64,
        mut f: impl FnMut(ReportRow) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut rows = sqlx::query(ROWS).bind(from).bind(to).fetch(&self.pool);
        while let Some(r) = rows.try_next().await.map_err(StoreError::from)? {
            f(report_row(&r).map_err(StoreError::from)?)?;
        }
        Ok(())
    }

    /// Findings of messages received in `from..to` (unix seconds), counted per channel, label,
    /// rule, action and UTC day.
    pub async fn report_counts(&self, from: i64, to: i64) -> Result<Vec<ReportCount>, StoreError> {
        let rows = sqlx::query(
            "SELECT m.channel, f.label, f.rule, f.action, \
                    CASE WHEN m.received_at < 0 THEN 0 ELSE m.received_at / 86400 END AS d, COUNT(*) \
             FROM findings f JOIN messages m ON m.id = f.message_id \
             WHERE m.received_at >= $1 AND m.received_at < $2 GROUP BY m.channel, f.label, f.rule, f.action, d",
        )
        .bind(from)
        .bind(to)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|r| {
                let day: i64 = r.try_get(4)?;
                Ok(ReportCount {
                    channel: r.try_get(0)?,
                    label: r.try_get(1)?,
                    rule: r.try_get(2)?,
                    action: r.try_get(3)?,
                    day: day * 86_400,
                    findings: r.try_get(5)?,
                })
            })
            .collect::<Result<Vec<_>, sqlx::Error>>()
            .map_err(StoreError::from)
    }
}
