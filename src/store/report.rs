//! What compliance reports read: counts grouped in SQL, and every finding streamed in report
//! order (by ticket, message, offset) so a report over a large store is written as it is read.

use futures_util::TryStreamExt;
use sqlx::any::AnyRow;
use sqlx::Row;

use super::packed::Unpack;
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
     WHERE m.received_at >= $1 AND m.received_at < $2 ORDER BY m.ticket_id, m.id, f.start_offset, f.id";

/// The same findings, one row per message (a third of the rows: each row read costs a
/// hand-over between threads in sqlx's SQLite driver): ticket, message, channel, received,
/// number of findings, and the findings in the order of [`ROWS`], each packed as
/// `<len>:<label><len>:<rule><len>:<action><len>:<reason><start>:<end>;` with lengths in
/// characters. `string_agg … ORDER BY` is in PostgreSQL and in SQLite since 3.44; grouping by
/// the primary key alone lets both select the message's other columns.
const PACKED: &str = "SELECT m.ticket_id, m.id, m.channel, m.received_at, COUNT(*), \
     string_agg(length(f.label) || ':' || f.label || length(f.rule) || ':' || f.rule || length(f.action) || ':' || f.action \
       || length(f.reason) || ':' || f.reason || f.start_offset || ':' || f.end_offset || ';', '' ORDER BY f.start_offset, f.id) \
     FROM findings f JOIN messages m ON m.id = f.message_id \
     WHERE m.received_at >= $1 AND m.received_at < $2 \
     GROUP BY m.id ORDER BY m.ticket_id, m.id";

/// The findings of one [`PACKED`] row as report rows; `None` if the packing is not as
/// expected.
fn unpack(r: &AnyRow) -> Result<Option<Vec<ReportRow>>, sqlx::Error> {
    let (ticket, message, channel, received_at, count): (i64, i64, String, i64, i64) = (
        r.try_get(0)?,
        r.try_get(1)?,
        r.try_get(2)?,
        r.try_get(3)?,
        r.try_get(4)?,
    );
    let packed: String = r.try_get(5)?;
    let mut p = Unpack(&packed);
    let mut out = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
    while !p.is_empty() {
        let row = (|| {
            Some(ReportRow {
                ticket,
                message,
                channel: channel.clone(),
                received_at,
                label: p.text()?,
                rule: p.text()?,
                action: p.text()?,
                reason: p.text()?,
                start: p.number()?,
                end: p.number()?,
            })
        })();
        match row {
            Some(row) => out.push(row),
            None => return Ok(None),
        }
    }
    Ok((out.len() as i64 == count).then_some(out))
}

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
        let rows = sqlx::query(ROWS)
            .bind(from)
            .bind(to)
            .fetch_all(&self.pool)
            .await?;
        rows.iter()
            .map(report_row)
            .collect::<Result<Vec<_>, sqlx::Error>>()
            .map_err(StoreError::from)
    }

    /// Calls `f` with every finding of messages received in `from..to` (unix seconds), in the
    /// order of [`Store::report_rows`], as the rows are read; stops at the first error.
    pub async fn for_each_report_row<E: From<StoreError>>(
        &self,
        from: i64,
        to: i64,
        mut f: impl FnMut(ReportRow) -> Result<(), E>,
    ) -> Result<(), E> {
        let mut rows = sqlx::query(PACKED).bind(from).bind(to).fetch(&self.pool);
        while let Some(r) = rows.try_next().await.map_err(StoreError::from)? {
            let findings = unpack(&r)
                .map_err(StoreError::from)?
                .ok_or(StoreError::Packing)?;
            for row in findings {
                f(row)?;
            }
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
