//! Statements with many parameters: placeholders in each backend's style and chunk sizes that
//! stay within each backend's parameter limit.

use std::fmt::Write as _;

use super::Backend;

/// Most bound parameters one statement may have: SQLite's default `SQLITE_MAX_VARIABLE_NUMBER`
/// (32766 since 3.32) and the PostgreSQL protocol's limit (65535).
pub(super) fn max_params(backend: Backend) -> usize {
    match backend {
        Backend::Sqlite => 32_766,
        Backend::Postgres => 65_535,
    }
}

/// How many rows of `columns` parameters fit in one statement.
pub(super) fn rows_per_statement(backend: Backend, columns: usize) -> usize {
    (max_params(backend) / columns.max(1)).max(1)
}

/// SQL text being built with numbered placeholders: `?` on SQLite (whose lookup of numbered
/// parameter names costs time linear in their number), `$1`, `$2` … on PostgreSQL.
pub(super) struct Sql {
    backend: Backend,
    text: String,
    params: usize,
}

impl Sql {
    /// Starts a statement with `head`.
    pub(super) fn new(backend: Backend, head: &str) -> Sql {
        Sql {
            backend,
            text: head.to_string(),
            params: 0,
        }
    }

    /// Appends literal SQL.
    pub(super) fn push(&mut self, sql: &str) -> &mut Sql {
        self.text.push_str(sql);
        self
    }

    /// Appends the next placeholder.
    pub(super) fn param(&mut self) -> &mut Sql {
        self.params += 1;
        match self.backend {
            Backend::Sqlite => self.text.push('?'),
            Backend::Postgres => {
                let _ = write!(self.text, "${}", self.params);
            }
        }
        self
    }

    /// Appends `n` placeholders separated by commas.
    pub(super) fn params(&mut self, n: usize) -> &mut Sql {
        for i in 0..n {
            if i > 0 {
                self.text.push_str(", ");
            }
            self.param();
        }
        self
    }

    /// Appends `rows` groups of `columns` placeholders, `(…), (…)`; each group starts with
    /// `lead(row)` (literal SQL such as `0, `) when given.
    pub(super) fn rows(
        &mut self,
        rows: usize,
        columns: usize,
        lead: Option<&dyn Fn(usize) -> String>,
    ) -> &mut Sql {
        self.text.reserve(rows * (columns * 4 + 4));
        for r in 0..rows {
            self.text.push_str(if r == 0 { "(" } else { ", (" });
            if let Some(lead) = lead {
                self.text.push_str(&lead(r));
            }
            self.params(columns);
            self.text.push(')');
        }
        self
    }

    /// The SQL text.
    pub(super) fn finish(self) -> sqlx::AssertSqlSafe<String> {
        sqlx::AssertSqlSafe(self.text)
    }
}

/// `head` followed by `rows` groups of `columns` placeholders.
pub(super) fn multi_row_insert(
    backend: Backend,
    head: &str,
    columns: usize,
    rows: usize,
) -> sqlx::AssertSqlSafe<String> {
    let mut sql = Sql::new(backend, head);
    sql.rows(rows, columns, None);
    sql.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_follow_the_backend() {
        let pg = multi_row_insert(Backend::Postgres, "V ", 2, 2);
        assert_eq!(pg.0, "V ($1, $2), ($3, $4)");
        let lite = multi_row_insert(Backend::Sqlite, "V ", 2, 2);
        assert_eq!(lite.0, "V (?, ?), (?, ?)");
        let mut sql = Sql::new(Backend::Postgres, "");
        sql.rows(2, 1, Some(&|r| format!("{r}, ")));
        assert_eq!(sql.finish().0, "(0, $1), (1, $2)");
    }

    #[test]
    fn chunks_respect_the_parameter_limits() {
        assert_eq!(rows_per_statement(Backend::Sqlite, 9), 3640);
        assert_eq!(rows_per_statement(Backend::Postgres, 9), 7281);
        assert!(rows_per_statement(Backend::Sqlite, 2) * 2 <= 32_766);
    }
}
