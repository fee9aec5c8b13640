package org.credence.export;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.credence.annotation.Label;
import org.credence.annotation.Presentation;
import org.credence.review.ReviewState;
import org.hibernate.jpa.HibernateHints;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Repository;

/**
 * The export query: statements with their document and the editors' decision, in a stable order,
 * streamed from an open cursor so a large corpus never sits in memory. It reads other features'
 * tables, never changes them. Plain SQL rather than JPQL: for a million rows Hibernate's row
 * handling cost more than the database's reading (docs/benchmarks.md).
 */
@Repository
class ExportRepository {

    /**
     * The statement table alone: decisions, claims and the document's own columns are read once per
     * document (StatementContexts). Joined here, PostgreSQL spent twice as long probing the decision
     * and claim indexes for every row as reading the rows.
     */
    private static final String SELECT = """
            select s.id, s.document_id, s.start_offset, s.end_offset, s.quote, s.quote_prefix, s.quote_suffix, s.label,
                s.presentation, s.rationale, s.attribution_source, s.attribution_cue, s.tags, s.author, s.created_at,
                s.modified_at, s.credibility, s.evidence_url
            from statement s
            """;

    // project_id first although it is one value: only then does H2 read ix_statement_project in order (no sort).
    private static final String ORDER = " order by s.project_id, s.document_id, s.start_offset, s.end_offset, s.id";

    /** Rows the driver fetches per round trip; PostgreSQL only streams with a fetch size inside a transaction. */
    private static final int FETCH_SIZE = 1_000;

    /** Statements handed from the reading thread to the writer at a time, and how many such batches may wait. */
    private static final int BATCH = 500;

    private static final int BATCHES_AHEAD = 8;

    private final EntityManager entityManager;
    private final NamedParameterJdbcTemplate jdbc;

    private final org.credence.project.ActingProject project;
    private final org.credence.annotation.UnitGrouping grouping;

    ExportRepository(
            EntityManager entityManager,
            JdbcTemplate jdbcTemplate,
            org.credence.project.ActingProject project,
            org.credence.annotation.UnitGrouping grouping) {
        this.project = project;
        this.grouping = grouping;
        this.entityManager = entityManager;
        this.jdbc = new NamedParameterJdbcTemplate(jdbcTemplate);
    }

    /**
     * Documents in id order, with their full text: for dataset exports. Same transaction rules. Export
     * is the corpus's read model: it reads every feature's tables in a few streaming queries, by name
     * (JPQL or SQL), and uses none of their classes.
     */
    Stream<DatasetDocument> streamDocuments() {
        return entityManager
                .createQuery(
                        "select new org.credence.export.DatasetDocument(d.id, d.title, d.author,"
                                + " src.id, src.name, src.domain, d.publisher, d.url, d.language,"
                                + " d.publishedDate, d.originalFileName, d.contentType, d.sha256, d.textSha256,"
                                + " d.ocrEngine, d.ocrLanguages, d.ocrPages, d.fetchedFrom, d.fetchedAt, d.servedAt,"
                                + " d.versionNumber, d.previousVersionId, d.text)"
                                + " from Document d left join Source src on src.id = d.sourceId"
                                + " where d.projectId = :projectId order by d.id",
                        DatasetDocument.class)
                .setParameter("projectId", project.id())
                .setHint(HibernateHints.HINT_FETCH_SIZE, 50)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultStream();
    }

    /**
     * Must be consumed and closed inside a read-only transaction. The rows are read and put in context
     * on a thread of their own ({@link ReadAhead}), on the transaction's connection, while the caller
     * writes them: for a million statements reading and writing each took about half the time.
     */
    Stream<ExportRecord> stream(ExportOptions options) {
        Filter documents = documentFilter(options);
        BiPredicate<StatementContexts.StatementRow, StatementContexts.DecisionRow> wanted = wanted(options);
        Runnable restore = streamResultsLazily();
        DataSource dataSource = jdbc.getJdbcTemplate().getDataSource();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        JdbcTemplate onConnection = new BinaryRowsJdbcTemplate(new SingleConnectionDataSource(connection, true));
        onConnection.setFetchSize(FETCH_SIZE);
        ReadAhead<StatementContexts.InContext> inContext = new ReadAhead<>(
                () -> {
                    Stream<StatementContexts.StatementRow> rows = new NamedParameterJdbcTemplate(onConnection)
                            .queryForStream(
                                    SELECT + documents.where() + ORDER,
                                    documents.parameters,
                                    ExportRepository::statement);
                    Iterator<StatementContexts.InContext> contexts = new StatementContexts(
                            rows.iterator(),
                            id -> reviews(onConnection, id),
                            id -> document(onConnection, id),
                            wanted,
                            grouping);
                    return StreamSupport.stream(
                                    Spliterators.spliteratorUnknownSize(contexts, Spliterator.ORDERED), false)
                            .onClose(rows::close);
                },
                BATCH,
                BATCHES_AHEAD);
        // Sentences are found on the writing thread: with them the reading thread was the slower of the two.
        StatementContexts.Completion completion = new StatementContexts.Completion();
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(inContext, Spliterator.ORDERED | Spliterator.NONNULL),
                        false)
                .map(completion::complete)
                .onClose(inContext::close)
                .onClose(restore)
                .onClose(() -> DataSourceUtils.releaseConnection(connection, dataSource));
    }

    /**
     * Asks PostgreSQL for numbers and timestamps in binary: the driver otherwise parses them from text
     * on every row, which was half of the reading thread's time for a million statements. pgjdbc only
     * does so for statements it has prepared on the server, by default from their fifth execution;
     * the export query runs once.
     */
    private static final class BinaryRowsJdbcTemplate extends JdbcTemplate {
        BinaryRowsJdbcTemplate(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void applyStatementSettings(Statement statement) throws SQLException {
            super.applyStatementSettings(statement);
            if (statement.isWrapperFor(PGStatement.class)) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            }
        }
    }

    /**
     * H2 builds a query's whole result before handing out the first row, on disk past a few thousand
     * rows, unless the session asks for lazy execution; for a million statements that writing and
     * reading back took 40% of the export. PostgreSQL streams anyway (fetch size in a transaction).
     * Returns what puts the session back, since the connection goes back to the pool.
     */
    private Runnable streamResultsLazily() {
        JdbcTemplate plain = jdbc.getJdbcTemplate();
        Boolean h2 = plain.execute(
                (ConnectionCallback<Boolean>) c -> "H2".equals(c.getMetaData().getDatabaseProductName()));
        if (!Boolean.TRUE.equals(h2)) {
            return () -> {};
        }
        plain.execute("SET LAZY_QUERY_EXECUTION TRUE");
        return () -> plain.execute("SET LAZY_QUERY_EXECUTION FALSE");
    }

    /** A document's editor decisions and claim memberships, by statement. */
    private static StatementContexts.DocumentReviews reviews(JdbcTemplate jdbc, long documentId) {
        Map<Long, StatementContexts.DecisionRow> decisions = new HashMap<>();
        jdbc.query(
                """
                select statement_id, state, gold_label, gold_start, gold_end, decided_by, decided_at
                from statement_decision where document_id = ?""",
                rs -> {
                    decisions.put(
                            rs.getLong(1),
                            new StatementContexts.DecisionRow(
                                    ReviewState.valueOf(rs.getString(2)),
                                    rs.getString(3) == null ? null : Label.valueOf(rs.getString(3)),
                                    (Integer) rs.getObject(4),
                                    (Integer) rs.getObject(5),
                                    rs.getString(6),
                                    instant(rs, 7)));
                },
                documentId);
        Map<Long, Long> claims = new HashMap<>();
        jdbc.query(
                "select statement_id, claim_id from claim_member where document_id = ? and statement_id is not null",
                rs -> {
                    claims.put(rs.getLong(1), rs.getLong(2));
                },
                documentId);
        return new StatementContexts.DocumentReviews(decisions, claims);
    }

    /** A document's columns and text. */
    private static StatementContexts.DocumentContext document(JdbcTemplate jdbc, long documentId) {
        return jdbc.queryForObject(
                """
                select d.text, d.title, d.sha256, d.author, src.id, src.name, src.reliability, d.url, d.published_date
                from document d left join source src on src.id = d.source_id where d.id = ?""",
                (rs, row) -> new StatementContexts.DocumentContext(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        nullableLong(rs, 5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getObject(9, LocalDate.class)),
                documentId);
    }

    /**
     * How many statements {@link #stream} would give: the denominator of an export's progress. The same
     * conditions as {@link #wanted}, in SQL; ExportServiceTest checks both agree for every filter.
     */
    long count(ExportOptions options) {
        Filter filter = documentFilter(options);
        List<String> conditions = filter.conditions;
        conditions.add("s.created_at >= :from and s.created_at < :to");
        filter.parameters
                .addValue("from", OffsetDateTime.ofInstant(from(options), ZoneOffset.UTC))
                .addValue("to", OffsetDateTime.ofInstant(to(options), ZoneOffset.UTC));
        if (options.status() == ExportOptions.Status.APPROVED) {
            conditions.add("x.state = '" + ReviewState.APPROVED.name() + "'");
        }
        if (!options.labels().isEmpty()) {
            conditions.add("coalesce(x.gold_label, s.label) in (:labels)");
            filter.parameters.addValue(
                    "labels",
                    options.labels().stream().map(Label::name).sorted().toList());
        }
        if (options.reviewer() != null) {
            conditions.add("s.author = :reviewer");
            filter.parameters.addValue("reviewer", options.reviewer());
        }
        boolean decided = options.status() == ExportOptions.Status.APPROVED
                || !options.labels().isEmpty();
        String from = decided
                ? " from statement s left join statement_decision x on x.statement_id = s.id"
                : " from statement s";
        Long count = jdbc.queryForObject("select count(*)" + from + filter.where(), filter.parameters, Long.class);
        return count == null ? 0 : count;
    }

    /** The statement filters: status, labels (the gold label where decided), reviewer and dates. */
    private static BiPredicate<StatementContexts.StatementRow, StatementContexts.DecisionRow> wanted(
            ExportOptions options) {
        Instant from = from(options);
        Instant to = to(options);
        return (r, decision) -> !r.createdAt().isBefore(from)
                && r.createdAt().isBefore(to)
                && (options.status() != ExportOptions.Status.APPROVED
                        || decision != null && decision.state() == ReviewState.APPROVED)
                && (options.labels().isEmpty()
                        || options.labels()
                                .contains(
                                        decision != null && decision.goldLabel() != null
                                                ? decision.goldLabel()
                                                : r.label()))
                && (options.reviewer() == null || options.reviewer().equals(r.reviewer()));
    }

    private static Instant from(ExportOptions options) {
        return options.from() == null
                ? Instant.EPOCH
                : options.from().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static Instant to(ExportOptions options) {
        return options.to() == null
                ? Instant.parse("9999-12-31T00:00:00Z")
                : options.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private record Filter(List<String> conditions, MapSqlParameterSource parameters) {
        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }

    /**
     * Which documents, in SQL (always those of the acting project): every statement of a chosen document is read so each span's labels are
     * complete. Only the conditions asked for, so the database plans the plain query otherwise.
     */
    private Filter documentFilter(ExportOptions options) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        conditions.add("s.project_id = :projectId"); // exports hold the acting project's statements only
        parameters.addValue("projectId", project.id());
        if (!options.documentIds().isEmpty()) {
            conditions.add("s.document_id in (:documentIds)");
            parameters.addValue("documentIds", options.documentIds());
        }
        if (!options.sourceIds().isEmpty()) {
            conditions.add("s.document_id in (select d.id from document d where d.source_id in (:sourceIds))");
            parameters.addValue("sourceIds", options.sourceIds());
        }
        return new Filter(conditions, parameters);
    }

    private static StatementContexts.StatementRow statement(ResultSet rs, int row) throws SQLException {
        return new StatementContexts.StatementRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                Label.valueOf(rs.getString(8)),
                presentation(rs.getString(9)),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                instant(rs, 15),
                instant(rs, 16),
                rs.getObject(17, Integer.class),
                rs.getString(18));
    }

    private static Presentation presentation(String name) {
        return name == null ? null : Presentation.valueOf(name);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
