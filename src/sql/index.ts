/**
 * The core's definitions as SQL for the warehouse (issue 14; CRM_MODELS.md §1–§3): the RFM
 * table, the CLV summaries (per customer, compressed, Gamma-Gamma input), per-customer scoring
 * with fitted parameters, and the row checks, for DuckDB, PostgreSQL, BigQuery, Snowflake and
 * Spark SQL. Pure: writes text, runs nothing.
 */
export * from "./dialect";
export * from "./idRule";
export * from "./options";
export * from "./clvOptions";
export * from "./rfmSql";
export * from "./clvSql";
export * from "./scoringSql";
export * from "./rowChecksSql";
