-- CLV customer summary (CRM Analytics for Excel), dialect duckdb.
-- Calibration end 2024-06-30, holdout to 2024-12-31; time unit weeks (days / 7); purchases within 2 day(s) merge.
-- Rows with amount <= 0 are not purchases. Ids: trimmed, case-insensitive, NFC.
WITH
-- Step 1. Read the rows: id trimmed (JavaScript white space, NFC where the engine can), date, amount.
rows_read AS (
  SELECT
    CASE WHEN ASCII(CAST("customer_id" AS VARCHAR)) BETWEEN 33 AND 126 AND ASCII(CAST("customer_id" AS VARCHAR)[-1]) BETWEEN 33 AND 126 THEN nfc_normalize(CAST("customer_id" AS VARCHAR)) ELSE trim(nfc_normalize(CAST("customer_id" AS VARCHAR)), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END AS customer_trimmed,
    TRY_CAST("order_date" AS DATE) AS day,
    TRY_CAST("amount" AS DOUBLE) AS amount,
    CASE WHEN ASCII(CAST("order_id" AS VARCHAR)) BETWEEN 33 AND 126 AND ASCII(CAST("order_id" AS VARCHAR)[-1]) BETWEEN 33 AND 126 THEN nfc_normalize(CAST("order_id" AS VARCHAR)) ELSE trim(nfc_normalize(CAST("order_id" AS VARCHAR)), CHR(9) || CHR(10) || CHR(11) || CHR(12) || CHR(13) || CHR(32) || CHR(160) || CHR(5760) || CHR(8192) || CHR(8193) || CHR(8194) || CHR(8195) || CHR(8196) || CHR(8197) || CHR(8198) || CHR(8199) || CHR(8200) || CHR(8201) || CHR(8202) || CHR(8232) || CHR(8233) || CHR(8239) || CHR(8287) || CHR(12288) || CHR(65279)) END AS order_trimmed
  FROM shop.orders
),
-- Step 2. Keep the rows the core uses: an id, a date, a finite amount, an order id.
--   The key is the lower-cased trimmed id (case-insensitive, as MATCH).
rows_used AS (
  SELECT
    customer_trimmed,
    lower(customer_trimmed) AS customer_key,
    day,
    amount,
    lower(order_trimmed) AS order_key
  FROM rows_read
  WHERE customer_trimmed IS NOT NULL AND customer_trimmed <> ''
    AND day IS NOT NULL
    AND isfinite(amount)
    AND order_trimmed IS NOT NULL AND order_trimmed <> ''
),
-- Step 3. The as-of date: the day after the latest date read.
as_of AS (
  SELECT CAST(MAX(day) + 1 AS DATE) AS as_of FROM rows_used
),
-- Step 4. The calibration end: 2024-06-30; holdout from the next day to 2024-12-31.
calibration AS (
  SELECT DATE '2024-06-30' AS calibration_end, DATE '2024-12-31' AS holdout_end
),
-- Step 5. Purchase periods: rows with amount > 0, merged within blocks of 2 days from the first purchase;
--   each period is dated by its first day and carries the summed spend.
purchase_periods AS (
  SELECT customer_key, MIN(customer_trimmed) AS customer_id, MIN(first_purchase) AS first_purchase,
    MIN(day) AS day, SUM(amount) AS spend
  FROM (
    SELECT customer_key, customer_trimmed, day, amount,
      MIN(day) OVER (PARTITION BY customer_key) AS first_purchase
    FROM rows_used
    WHERE amount > 0
  ) p
  GROUP BY customer_key, (date_diff('day', first_purchase, day) // 2)
),
-- Step 6. Per customer (first purchase on or before the calibration end): x, t_x and T in weeks
--   (days / 7), mean repeat spend z̄, holdout purchases.
clv_customers AS (
  SELECT
    q.customer_id,
    q.customer_key,
    q.first_purchase,
    q.x,
    CASE WHEN q.x = 0 THEN CAST(0 AS DOUBLE) ELSE CAST(date_diff('day', q.first_purchase, q.last_repeat) AS DOUBLE) / CAST(7 AS DOUBLE) END AS t_x,
    CAST(date_diff('day', q.first_purchase, q.calibration_end) AS DOUBLE) / CAST(7 AS DOUBLE) AS t_cal,
    CASE WHEN q.x = 0 THEN CAST(0 AS DOUBLE) ELSE q.repeat_spend / q.x END AS mean_repeat_spend,
    q.holdout_purchases
  FROM (
    SELECT
      p.customer_key,
      MIN(p.customer_id) AS customer_id,
      MIN(p.first_purchase) AS first_purchase,
      MIN(c.calibration_end) AS calibration_end,
      COUNT(CASE WHEN p.day > p.first_purchase AND p.day <= c.calibration_end THEN 1 END) AS x,
      MAX(CASE WHEN p.day > p.first_purchase AND p.day <= c.calibration_end THEN p.day END) AS last_repeat,
      COUNT(CASE WHEN p.day > c.calibration_end AND p.day <= c.holdout_end THEN 1 END) AS holdout_purchases,
      SUM(CASE WHEN p.day > p.first_purchase AND p.day <= c.calibration_end THEN p.spend END) AS repeat_spend
    FROM purchase_periods p
    CROSS JOIN calibration c
    WHERE p.first_purchase <= c.calibration_end
    GROUP BY p.customer_key
  ) q
)
SELECT customer_id, customer_key, first_purchase, x, t_x, t_cal AS "T", mean_repeat_spend, holdout_purchases
FROM clv_customers;
