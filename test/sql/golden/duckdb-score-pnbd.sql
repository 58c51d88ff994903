-- CLV scores per customer (CRM Analytics for Excel), dialect duckdb.
-- Calibration end the latest date read; time unit weeks (days / 7); purchases within 1 day(s) merge.
-- Rows with amount <= 0 are not purchases. Ids: trimmed, case-insensitive, NFC.
-- Pareto/NBD r=0.553 alpha=10.58 s=0.606 beta=11.67 (rates per week).
-- Forecast horizon 52 weeks; CLV 4 weeks, 10% a year, margin 1.
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
-- Step 4. The calibration end: the latest date read.
calibration AS (
  SELECT (SELECT MAX(day) FROM rows_used) AS calibration_end
),
-- Step 5. Purchase periods: rows with amount > 0, merged within blocks of 1 day (same day) from the first purchase;
--   each period is dated by its first day and carries the summed spend.
purchase_periods AS (
  SELECT customer_key, customer_id, day, spend, MIN(day) OVER (PARTITION BY customer_key) AS first_purchase
  FROM (
    SELECT customer_key, MIN(customer_trimmed) AS customer_id, day, SUM(amount) AS spend
    FROM rows_used
    WHERE amount > 0
    GROUP BY customer_key, day
  ) p
),
-- Step 6. Per customer (first purchase on or before the calibration end): x, t_x and T in weeks
--   (days / 7), mean repeat spend z̄.
clv_customers AS (
  SELECT
    q.customer_id,
    q.customer_key,
    q.first_purchase,
    q.x,
    CASE WHEN q.x = 0 THEN CAST(0 AS DOUBLE) ELSE CAST(date_diff('day', q.first_purchase, q.last_repeat) AS DOUBLE) / CAST(7 AS DOUBLE) END AS t_x,
    CAST(date_diff('day', q.first_purchase, q.calibration_end) AS DOUBLE) / CAST(7 AS DOUBLE) AS t_cal,
    CASE WHEN q.x = 0 THEN CAST(0 AS DOUBLE) ELSE q.repeat_spend / q.x END AS mean_repeat_spend
  FROM (
    SELECT
      p.customer_key,
      MIN(p.customer_id) AS customer_id,
      MIN(p.first_purchase) AS first_purchase,
      MIN(c.calibration_end) AS calibration_end,
      COUNT(CASE WHEN p.day > p.first_purchase AND p.day <= c.calibration_end THEN 1 END) AS x,
      MAX(CASE WHEN p.day > p.first_purchase AND p.day <= c.calibration_end THEN p.day END) AS last_repeat,
      SUM(CASE WHEN p.day > p.first_purchase AND p.day <= c.calibration_end THEN p.spend END) AS repeat_spend
    FROM purchase_periods p
    CROSS JOIN calibration c
    WHERE p.first_purchase <= c.calibration_end
    GROUP BY p.customer_key
  ) q
),
-- Step 7. Pareto/NBD, per distinct history (x, t_x, T): ln F(t_x) and ln F(T) of A₀ (Euler-transformed ₂F₁).
pnbd_logf AS (
  SELECT b.*,
    CAST(1.159 AS DOUBLE) + xd AS m,
    (1 - CAST(0.553 AS DOUBLE) - xd) * LN(1 - (CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x))) + LN((1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 0) / ((CAST(1.159 AS DOUBLE) + xd) + 1)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 1) / ((CAST(1.159 AS DOUBLE) + xd) + 2)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 2) / ((CAST(1.159 AS DOUBLE) + xd) + 3)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 3) / ((CAST(1.159 AS DOUBLE) + xd) + 4)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 4) / ((CAST(1.159 AS DOUBLE) + xd) + 5)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 5) / ((CAST(1.159 AS DOUBLE) + xd) + 6)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 6) / ((CAST(1.159 AS DOUBLE) + xd) + 7)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 7) / ((CAST(1.159 AS DOUBLE) + xd) + 8)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 8) / ((CAST(1.159 AS DOUBLE) + xd) + 9)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 9) / ((CAST(1.159 AS DOUBLE) + xd) + 10)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 10) / ((CAST(1.159 AS DOUBLE) + xd) + 11)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 11) / ((CAST(1.159 AS DOUBLE) + xd) + 12)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 12) / ((CAST(1.159 AS DOUBLE) + xd) + 13)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 13) / ((CAST(1.159 AS DOUBLE) + xd) + 14)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_x)) * (CAST(1.6059999999999999 AS DOUBLE) + 14) / ((CAST(1.159 AS DOUBLE) + xd) + 15)))))))))))))))))) - (CAST(1.159 AS DOUBLE) + xd) * LN(CAST(11.67 AS DOUBLE) + t_x) AS ln_f_tx,
    (1 - CAST(0.553 AS DOUBLE) - xd) * LN(1 - (CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal))) + LN((1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 0) / ((CAST(1.159 AS DOUBLE) + xd) + 1)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 1) / ((CAST(1.159 AS DOUBLE) + xd) + 2)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 2) / ((CAST(1.159 AS DOUBLE) + xd) + 3)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 3) / ((CAST(1.159 AS DOUBLE) + xd) + 4)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 4) / ((CAST(1.159 AS DOUBLE) + xd) + 5)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 5) / ((CAST(1.159 AS DOUBLE) + xd) + 6)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 6) / ((CAST(1.159 AS DOUBLE) + xd) + 7)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 7) / ((CAST(1.159 AS DOUBLE) + xd) + 8)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 8) / ((CAST(1.159 AS DOUBLE) + xd) + 9)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 9) / ((CAST(1.159 AS DOUBLE) + xd) + 10)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 10) / ((CAST(1.159 AS DOUBLE) + xd) + 11)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 11) / ((CAST(1.159 AS DOUBLE) + xd) + 12)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 12) / ((CAST(1.159 AS DOUBLE) + xd) + 13)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 13) / ((CAST(1.159 AS DOUBLE) + xd) + 14)) * (1 + ((CAST(1.0899999999999999 AS DOUBLE) / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(1.6059999999999999 AS DOUBLE) + 14) / ((CAST(1.159 AS DOUBLE) + xd) + 15)))))))))))))))))) - (CAST(1.159 AS DOUBLE) + xd) * LN(CAST(11.67 AS DOUBLE) + t_cal) AS ln_f_t
  FROM (SELECT DISTINCT x, CAST(x AS DOUBLE) AS xd, t_x, t_cal FROM clv_customers) b
),
-- Step 8. Pareto/NBD P(alive) (Fader & Hardie 2005 §5).
alive AS (
  SELECT f.*,
    CASE WHEN t_x < t_cal AND ln_f_t < ln_f_tx THEN CASE WHEN (LN(CAST(0.606 AS DOUBLE) / m) + (CAST(0.553 AS DOUBLE) + xd) * LN(CAST(10.58 AS DOUBLE) + t_cal) + CAST(0.606 AS DOUBLE) * LN(CAST(11.67 AS DOUBLE) + t_cal) + (ln_f_tx + LN(1 - EXP(ln_f_t - ln_f_tx)))) > 700 THEN CAST(0 AS DOUBLE) WHEN (LN(CAST(0.606 AS DOUBLE) / m) + (CAST(0.553 AS DOUBLE) + xd) * LN(CAST(10.58 AS DOUBLE) + t_cal) + CAST(0.606 AS DOUBLE) * LN(CAST(11.67 AS DOUBLE) + t_cal) + (ln_f_tx + LN(1 - EXP(ln_f_t - ln_f_tx)))) < -700 THEN CAST(1 AS DOUBLE) ELSE 1 / (1 + EXP((LN(CAST(0.606 AS DOUBLE) / m) + (CAST(0.553 AS DOUBLE) + xd) * LN(CAST(10.58 AS DOUBLE) + t_cal) + CAST(0.606 AS DOUBLE) * LN(CAST(11.67 AS DOUBLE) + t_cal) + (ln_f_tx + LN(1 - EXP(ln_f_t - ln_f_tx)))))) END ELSE CAST(1 AS DOUBLE) END AS p_alive
  FROM pnbd_logf f
),
-- Step 9. Horizons per history: k = 0…4 periods of weeks (1 weeks each) and k = 5, the forecast horizon 52 weeks.
horizons AS (
  SELECT a.*, h.k,
    CASE WHEN h.k <= 4 THEN CAST(h.k AS DOUBLE) * CAST(1 AS DOUBLE) ELSE CAST(52 AS DOUBLE) END AS t
  FROM alive a
  CROSS JOIN (SELECT k - 1 AS k FROM (VALUES (1), (2), (3), (4), (5), (6)) AS ks(k)) h
),
-- Step 10. Expected purchases E[Y(t) | x, t_x, T] at every horizon (Fader & Hardie 2005 §6).
expected AS (
  SELECT x, t_x, t_cal, k, p_alive * ((CAST(0.553 AS DOUBLE) + xd) * (CAST(11.67 AS DOUBLE) + t_cal) / (CAST(10.58 AS DOUBLE) + t_cal)) * (-(CASE WHEN ABS((CAST(0.394 AS DOUBLE) * (CASE WHEN ABS((t / (CAST(11.67 AS DOUBLE) + t_cal))) < CAST(0.00001 AS DOUBLE) THEN (t / (CAST(11.67 AS DOUBLE) + t_cal)) * (1 - (t / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(0.5 AS DOUBLE) - (t / (CAST(11.67 AS DOUBLE) + t_cal)) / 3)) ELSE LN(1 + (t / (CAST(11.67 AS DOUBLE) + t_cal))) END))) < CAST(0.00001 AS DOUBLE) THEN (CAST(0.394 AS DOUBLE) * (CASE WHEN ABS((t / (CAST(11.67 AS DOUBLE) + t_cal))) < CAST(0.00001 AS DOUBLE) THEN (t / (CAST(11.67 AS DOUBLE) + t_cal)) * (1 - (t / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(0.5 AS DOUBLE) - (t / (CAST(11.67 AS DOUBLE) + t_cal)) / 3)) ELSE LN(1 + (t / (CAST(11.67 AS DOUBLE) + t_cal))) END)) * (1 + (CAST(0.394 AS DOUBLE) * (CASE WHEN ABS((t / (CAST(11.67 AS DOUBLE) + t_cal))) < CAST(0.00001 AS DOUBLE) THEN (t / (CAST(11.67 AS DOUBLE) + t_cal)) * (1 - (t / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(0.5 AS DOUBLE) - (t / (CAST(11.67 AS DOUBLE) + t_cal)) / 3)) ELSE LN(1 + (t / (CAST(11.67 AS DOUBLE) + t_cal))) END)) * (CAST(0.5 AS DOUBLE) + (CAST(0.394 AS DOUBLE) * (CASE WHEN ABS((t / (CAST(11.67 AS DOUBLE) + t_cal))) < CAST(0.00001 AS DOUBLE) THEN (t / (CAST(11.67 AS DOUBLE) + t_cal)) * (1 - (t / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(0.5 AS DOUBLE) - (t / (CAST(11.67 AS DOUBLE) + t_cal)) / 3)) ELSE LN(1 + (t / (CAST(11.67 AS DOUBLE) + t_cal))) END)) / 6)) ELSE EXP((CAST(0.394 AS DOUBLE) * (CASE WHEN ABS((t / (CAST(11.67 AS DOUBLE) + t_cal))) < CAST(0.00001 AS DOUBLE) THEN (t / (CAST(11.67 AS DOUBLE) + t_cal)) * (1 - (t / (CAST(11.67 AS DOUBLE) + t_cal)) * (CAST(0.5 AS DOUBLE) - (t / (CAST(11.67 AS DOUBLE) + t_cal)) / 3)) ELSE LN(1 + (t / (CAST(11.67 AS DOUBLE) + t_cal))) END))) - 1 END) / CAST(-0.394 AS DOUBLE)) AS e
  FROM (SELECT * FROM horizons) q
),
-- Step 11. Expected purchases within each period: E(kΔ) − E((k−1)Δ), never below 0.
increments AS (
  SELECT x, t_x, t_cal, k, e,
    GREATEST(CAST(0 AS DOUBLE), e - LAG(e) OVER (PARTITION BY x, t_x, t_cal ORDER BY k)) AS purchases
  FROM expected
),
-- Step 12. Per history: expected purchases in the horizon and the CLV over 4 weeks, discounted at 0.0018282846336430403 a period (0.1 a year), margin 1.
per_history AS (
  SELECT x, t_x, t_cal,
    MAX(CASE WHEN k = 5 THEN e END) AS expected_purchases,
    SUM(CASE WHEN k BETWEEN 1 AND 4 THEN purchases / POWER(CAST(1.001828284633643 AS DOUBLE), k) END) AS discounted_purchases
  FROM increments
  GROUP BY x, t_x, t_cal
)
SELECT s.customer_id, s.customer_key, s.first_purchase, s.x, s.t_x, s.t_cal AS "T", s.mean_repeat_spend,
  a.p_alive, p.expected_purchases, s.expected_spend,
  CAST(1 AS DOUBLE) * s.expected_spend * p.discounted_purchases AS clv
FROM (SELECT c.*, CAST(NULL AS DOUBLE) AS expected_spend FROM (SELECT *, CAST(x AS DOUBLE) AS xd FROM clv_customers) c) s
JOIN alive a ON a.x = s.x AND a.t_x = s.t_x AND a.t_cal = s.t_cal
JOIN per_history p ON p.x = s.x AND p.t_x = s.t_x AND p.t_cal = s.t_cal;
