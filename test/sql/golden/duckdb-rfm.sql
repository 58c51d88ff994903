-- RFM table (CRM Analytics for Excel), dialect duckdb.
-- As of 2024-12-31; recency in days.
-- Scores: 5 bins, method rfm (R package rfm 0.3.0).
-- Segments: champions, loyalCustomers, potentialLoyalist, newCustomers, promising, needAttention, aboutToSleep, atRisk, cantLoseThem, hibernating, lost; else others. Value tiers: cumulative shares 0.05, 0.2, 0.5, 1.
-- Ids: trimmed, case-insensitive, NFC.
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
-- Step 2. Keep the rows the core uses: a date, a finite amount, an order id, up to the as-of date 2024-12-31 (rows without an id are dropped with their group in the next step).
--   The key is the lower-cased trimmed id (case-insensitive, as MATCH).
rows_used AS (
  SELECT
    customer_trimmed,
    lower(customer_trimmed) AS customer_key,
    day,
    amount,
    lower(order_trimmed) AS order_key
  FROM rows_read
  WHERE day IS NOT NULL
    AND isfinite(amount)
    AND day <= DATE '2024-12-31'
    AND order_trimmed IS NOT NULL AND order_trimmed <> ''
),
-- Step 3. The as-of date, given: 2024-12-31.
as_of AS (
  SELECT DATE '2024-12-31' AS as_of
),
-- Step 4. One row per customer: purchases are rows with amount > 0 (F counts distinct order ids); M nets refunds in.
--   Customers with no purchase are left out, and the group of rows without an id (smallest id NULL or '').
customers AS (
  SELECT
    customer_key,
    MIN(customer_trimmed) AS customer_id,
    MIN(CASE WHEN amount > 0 THEN day END) AS first_purchase,
    MAX(CASE WHEN amount > 0 THEN day END) AS last_purchase,
    COUNT(DISTINCT CASE WHEN amount > 0 THEN order_key END) AS frequency,
    SUM(CASE WHEN (ROUND(amount * 100) / 100 = amount AND amount < 1e11 AND amount > -1e11) THEN ROUND(amount * 100) ELSE 0 END) / 100 + SUM(CASE WHEN (ROUND(amount * 100) / 100 = amount AND amount < 1e11 AND amount > -1e11) THEN 0 ELSE amount END) AS monetary,
    COUNT(CASE WHEN amount < 0 THEN 1 END) AS refunds
  FROM rows_used
  GROUP BY customer_key
  HAVING COUNT(CASE WHEN amount > 0 THEN 1 END) > 0 AND MIN(customer_trimmed) <> ''
),
-- Step 5. The customer table: recency in days = days since the last purchase / 1.
customer_table AS MATERIALIZED (
  SELECT
    c.customer_id,
    c.customer_key,
    c.first_purchase,
    c.last_purchase,
    date_diff('day', c.last_purchase, a.as_of) AS days_since_last_purchase,
    CAST(date_diff('day', c.last_purchase, a.as_of) AS DOUBLE) / CAST(1 AS DOUBLE) AS recency,
    c.frequency,
    c.monetary,
    c.monetary / c.frequency AS average_order_value,
    c.refunds,
    date_diff('day', c.first_purchase, a.as_of) AS tenure_days,
    a.as_of
  FROM customers c
  CROSS JOIN as_of a
),
-- Step 6. rfm method, R: the customers' recency in ascending order (1-based position), and n.
rfm_sorted_r AS (
  SELECT recency AS v, ROW_NUMBER() OVER (ORDER BY recency) AS pos, COUNT(*) OVER () AS n
  FROM customer_table
),
-- Step 7. rfm method, R: type-7 quantile positions 1 + (n − 1)·p for p = i/5, and x[lo], x[hi].
rfm_order_r AS (
  SELECT
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.2 AS DOUBLE)) AS idx1,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.2 AS DOUBLE)) THEN v END) AS lo1,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.2 AS DOUBLE)) THEN v END) AS hi1,
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.4 AS DOUBLE)) AS idx2,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.4 AS DOUBLE)) THEN v END) AS lo2,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.4 AS DOUBLE)) THEN v END) AS hi2,
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.6000000000000001 AS DOUBLE)) AS idx3,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.6000000000000001 AS DOUBLE)) THEN v END) AS lo3,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.6000000000000001 AS DOUBLE)) THEN v END) AS hi3,
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.8 AS DOUBLE)) AS idx4,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.8 AS DOUBLE)) THEN v END) AS lo4,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.8 AS DOUBLE)) THEN v END) AS hi4
  FROM rfm_sorted_r
),
-- Step 8. rfm method, R: thresholds t_i = Q7(i/5) + 1 (the package adds 1 to every inner break).
rfm_breaks_r AS (
  SELECT
    CASE WHEN idx1 > FLOOR(idx1) AND hi1 <> lo1 THEN (1 - (idx1 - FLOOR(idx1))) * lo1 + (idx1 - FLOOR(idx1)) * hi1 ELSE lo1 END + 1 AS t1,
    CASE WHEN idx2 > FLOOR(idx2) AND hi2 <> lo2 THEN (1 - (idx2 - FLOOR(idx2))) * lo2 + (idx2 - FLOOR(idx2)) * hi2 ELSE lo2 END + 1 AS t2,
    CASE WHEN idx3 > FLOOR(idx3) AND hi3 <> lo3 THEN (1 - (idx3 - FLOOR(idx3))) * lo3 + (idx3 - FLOOR(idx3)) * hi3 ELSE lo3 END + 1 AS t3,
    CASE WHEN idx4 > FLOOR(idx4) AND hi4 <> lo4 THEN (1 - (idx4 - FLOOR(idx4))) * lo4 + (idx4 - FLOOR(idx4)) * hi4 ELSE lo4 END + 1 AS t4
  FROM rfm_order_r
),
-- Step 9. rfm method, F: the customers' frequency in ascending order (1-based position), and n.
rfm_sorted_f AS (
  SELECT frequency AS v, ROW_NUMBER() OVER (ORDER BY frequency) AS pos, COUNT(*) OVER () AS n
  FROM customer_table
),
-- Step 10. rfm method, F: type-7 quantile positions 1 + (n − 1)·p for p = i/5, and x[lo], x[hi].
rfm_order_f AS (
  SELECT
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.2 AS DOUBLE)) AS idx1,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.2 AS DOUBLE)) THEN v END) AS lo1,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.2 AS DOUBLE)) THEN v END) AS hi1,
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.4 AS DOUBLE)) AS idx2,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.4 AS DOUBLE)) THEN v END) AS lo2,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.4 AS DOUBLE)) THEN v END) AS hi2,
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.6000000000000001 AS DOUBLE)) AS idx3,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.6000000000000001 AS DOUBLE)) THEN v END) AS lo3,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.6000000000000001 AS DOUBLE)) THEN v END) AS hi3,
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.8 AS DOUBLE)) AS idx4,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.8 AS DOUBLE)) THEN v END) AS lo4,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.8 AS DOUBLE)) THEN v END) AS hi4
  FROM rfm_sorted_f
),
-- Step 11. rfm method, F: thresholds t_i = Q7(i/5) + 1 (the package adds 1 to every inner break).
rfm_breaks_f AS (
  SELECT
    CASE WHEN idx1 > FLOOR(idx1) AND hi1 <> lo1 THEN (1 - (idx1 - FLOOR(idx1))) * lo1 + (idx1 - FLOOR(idx1)) * hi1 ELSE lo1 END + 1 AS t1,
    CASE WHEN idx2 > FLOOR(idx2) AND hi2 <> lo2 THEN (1 - (idx2 - FLOOR(idx2))) * lo2 + (idx2 - FLOOR(idx2)) * hi2 ELSE lo2 END + 1 AS t2,
    CASE WHEN idx3 > FLOOR(idx3) AND hi3 <> lo3 THEN (1 - (idx3 - FLOOR(idx3))) * lo3 + (idx3 - FLOOR(idx3)) * hi3 ELSE lo3 END + 1 AS t3,
    CASE WHEN idx4 > FLOOR(idx4) AND hi4 <> lo4 THEN (1 - (idx4 - FLOOR(idx4))) * lo4 + (idx4 - FLOOR(idx4)) * hi4 ELSE lo4 END + 1 AS t4
  FROM rfm_order_f
),
-- Step 12. rfm method, M: the customers' monetary in ascending order (1-based position), and n.
rfm_sorted_m AS (
  SELECT monetary AS v, ROW_NUMBER() OVER (ORDER BY monetary) AS pos, COUNT(*) OVER () AS n
  FROM customer_table
),
-- Step 13. rfm method, M: type-7 quantile positions 1 + (n − 1)·p for p = i/5, and x[lo], x[hi].
rfm_order_m AS (
  SELECT
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.2 AS DOUBLE)) AS idx1,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.2 AS DOUBLE)) THEN v END) AS lo1,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.2 AS DOUBLE)) THEN v END) AS hi1,
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.4 AS DOUBLE)) AS idx2,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.4 AS DOUBLE)) THEN v END) AS lo2,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.4 AS DOUBLE)) THEN v END) AS hi2,
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.6000000000000001 AS DOUBLE)) AS idx3,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.6000000000000001 AS DOUBLE)) THEN v END) AS lo3,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.6000000000000001 AS DOUBLE)) THEN v END) AS hi3,
    MAX(1 + CAST(n - 1 AS DOUBLE) * CAST(0.8 AS DOUBLE)) AS idx4,
    MAX(CASE WHEN pos = FLOOR(1 + CAST(n - 1 AS DOUBLE) * CAST(0.8 AS DOUBLE)) THEN v END) AS lo4,
    MAX(CASE WHEN pos = CEIL(1 + CAST(n - 1 AS DOUBLE) * CAST(0.8 AS DOUBLE)) THEN v END) AS hi4
  FROM rfm_sorted_m
),
-- Step 14. rfm method, M: thresholds t_i = Q7(i/5) + 1 (the package adds 1 to every inner break).
rfm_breaks_m AS (
  SELECT
    CASE WHEN idx1 > FLOOR(idx1) AND hi1 <> lo1 THEN (1 - (idx1 - FLOOR(idx1))) * lo1 + (idx1 - FLOOR(idx1)) * hi1 ELSE lo1 END + 1 AS t1,
    CASE WHEN idx2 > FLOOR(idx2) AND hi2 <> lo2 THEN (1 - (idx2 - FLOOR(idx2))) * lo2 + (idx2 - FLOOR(idx2)) * hi2 ELSE lo2 END + 1 AS t2,
    CASE WHEN idx3 > FLOOR(idx3) AND hi3 <> lo3 THEN (1 - (idx3 - FLOOR(idx3))) * lo3 + (idx3 - FLOOR(idx3)) * hi3 ELSE lo3 END + 1 AS t3,
    CASE WHEN idx4 > FLOOR(idx4) AND hi4 <> lo4 THEN (1 - (idx4 - FLOOR(idx4))) * lo4 + (idx4 - FLOOR(idx4)) * hi4 ELSE lo4 END + 1 AS t4
  FROM rfm_order_m
),
-- Step 15. The means that split high/low for the types, and the number of customers.
stats AS (
  SELECT AVG(recency) AS mean_recency, AVG(frequency) AS mean_frequency, AVG(monetary) AS mean_monetary,
    COUNT(*) AS customers
  FROM customer_table
),
-- Step 16. M: per distinct monetary, the customers ranked before it (ASC) = RANK() − 1 of each of them, and up to it.
worse_m AS (
  SELECT monetary AS v,
    CAST(SUM(COUNT(*)) OVER (ORDER BY monetary ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - COUNT(*) AS BIGINT) AS worse,
    CAST(SUM(COUNT(*)) OVER (ORDER BY monetary ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS upto
  FROM customer_table
  GROUP BY monetary
),
-- Step 17. M: the smallest monetary from which each value tier holds (one row).
thresholds_m AS (
  SELECT
    MIN(CASE WHEN CAST(customers - w.upto AS DOUBLE) < CAST(0.05 AS DOUBLE) * CAST(customers AS DOUBLE) - CAST(1e-9 AS DOUBLE) THEN w.v END) AS tier_from_platinum,
    MIN(CASE WHEN CAST(customers - w.upto AS DOUBLE) < CAST(0.2 AS DOUBLE) * CAST(customers AS DOUBLE) - CAST(1e-9 AS DOUBLE) THEN w.v END) AS tier_from_gold,
    MIN(CASE WHEN CAST(customers - w.upto AS DOUBLE) < CAST(0.5 AS DOUBLE) * CAST(customers AS DOUBLE) - CAST(1e-9 AS DOUBLE) THEN w.v END) AS tier_from_iron
  FROM worse_m w
  CROSS JOIN stats
),
-- Step 18. R, F, M scores; the means that split high/low for the types; where the tiers start.
scored AS (
  SELECT
    t.*,
    5 - ((CASE WHEN br.t1 <= t.recency THEN 1 ELSE 0 END) + (CASE WHEN br.t2 <= t.recency THEN 1 ELSE 0 END) + (CASE WHEN br.t3 <= t.recency THEN 1 ELSE 0 END) + (CASE WHEN br.t4 <= t.recency THEN 1 ELSE 0 END)) AS r_score,
    1 + (CASE WHEN bf.t1 <= t.frequency THEN 1 ELSE 0 END) + (CASE WHEN bf.t2 <= t.frequency THEN 1 ELSE 0 END) + (CASE WHEN bf.t3 <= t.frequency THEN 1 ELSE 0 END) + (CASE WHEN bf.t4 <= t.frequency THEN 1 ELSE 0 END) AS f_score,
    1 + (CASE WHEN bm.t1 <= t.monetary THEN 1 ELSE 0 END) + (CASE WHEN bm.t2 <= t.monetary THEN 1 ELSE 0 END) + (CASE WHEN bm.t3 <= t.monetary THEN 1 ELSE 0 END) + (CASE WHEN bm.t4 <= t.monetary THEN 1 ELSE 0 END) AS m_score,
    k.mean_recency,
    k.mean_frequency,
    k.mean_monetary,
    tm.tier_from_platinum,
    tm.tier_from_gold,
    tm.tier_from_iron,
    k.customers
  FROM customer_table t
  CROSS JOIN stats k
  CROSS JOIN rfm_breaks_r br
  CROSS JOIN rfm_breaks_f bf
  CROSS JOIN rfm_breaks_m bm
  CROSS JOIN thresholds_m tm
),
-- Step 19. RFM code, segment (first matching rule), type (vs the means) and value tier (by M, ties share).
labelled AS (
  SELECT
    s.*,
    100 * r_score + 10 * f_score + m_score AS rfm_code,
    CASE
      WHEN r_score BETWEEN 5 AND 5 AND f_score BETWEEN 4 AND 5 AND m_score BETWEEN 1 AND 9 THEN CAST('champions' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      WHEN r_score BETWEEN 3 AND 4 AND f_score BETWEEN 4 AND 5 AND m_score BETWEEN 1 AND 9 THEN CAST('loyalCustomers' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      WHEN r_score BETWEEN 4 AND 5 AND f_score BETWEEN 2 AND 3 AND m_score BETWEEN 1 AND 9 THEN CAST('potentialLoyalist' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      WHEN r_score BETWEEN 5 AND 5 AND f_score BETWEEN 1 AND 1 AND m_score BETWEEN 1 AND 9 THEN CAST('newCustomers' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      WHEN r_score BETWEEN 4 AND 4 AND f_score BETWEEN 1 AND 1 AND m_score BETWEEN 1 AND 9 THEN CAST('promising' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      WHEN r_score BETWEEN 3 AND 3 AND f_score BETWEEN 3 AND 3 AND m_score BETWEEN 1 AND 9 THEN CAST('needAttention' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      WHEN r_score BETWEEN 3 AND 3 AND f_score BETWEEN 1 AND 2 AND m_score BETWEEN 1 AND 9 THEN CAST('aboutToSleep' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      WHEN r_score BETWEEN 1 AND 2 AND f_score BETWEEN 3 AND 4 AND m_score BETWEEN 1 AND 9 THEN CAST('atRisk' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      WHEN r_score BETWEEN 1 AND 2 AND f_score BETWEEN 5 AND 5 AND m_score BETWEEN 1 AND 9 THEN CAST('cantLoseThem' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      WHEN r_score BETWEEN 2 AND 2 AND f_score BETWEEN 1 AND 2 AND m_score BETWEEN 1 AND 9 THEN CAST('hibernating' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      WHEN r_score BETWEEN 1 AND 1 AND f_score BETWEEN 1 AND 2 AND m_score BETWEEN 1 AND 9 THEN CAST('lost' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
      ELSE CAST('others' AS ENUM('champions', 'loyalCustomers', 'potentialLoyalist', 'newCustomers', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLoseThem', 'hibernating', 'lost', 'others'))
    END AS segment,
    CASE CASE WHEN monetary >= mean_monetary THEN 0 ELSE 4 END + CASE WHEN recency <= mean_recency THEN 0 ELSE 2 END + CASE WHEN frequency >= mean_frequency THEN 0 ELSE 1 END
      WHEN 0 THEN CAST('importantValue' AS ENUM('importantValue', 'importantDevelopment', 'importantRetention', 'importantWinBack', 'generalValue', 'generalDevelopment', 'generalRetention', 'generalWinBack'))
      WHEN 1 THEN CAST('importantDevelopment' AS ENUM('importantValue', 'importantDevelopment', 'importantRetention', 'importantWinBack', 'generalValue', 'generalDevelopment', 'generalRetention', 'generalWinBack'))
      WHEN 2 THEN CAST('importantRetention' AS ENUM('importantValue', 'importantDevelopment', 'importantRetention', 'importantWinBack', 'generalValue', 'generalDevelopment', 'generalRetention', 'generalWinBack'))
      WHEN 3 THEN CAST('importantWinBack' AS ENUM('importantValue', 'importantDevelopment', 'importantRetention', 'importantWinBack', 'generalValue', 'generalDevelopment', 'generalRetention', 'generalWinBack'))
      WHEN 4 THEN CAST('generalValue' AS ENUM('importantValue', 'importantDevelopment', 'importantRetention', 'importantWinBack', 'generalValue', 'generalDevelopment', 'generalRetention', 'generalWinBack'))
      WHEN 5 THEN CAST('generalDevelopment' AS ENUM('importantValue', 'importantDevelopment', 'importantRetention', 'importantWinBack', 'generalValue', 'generalDevelopment', 'generalRetention', 'generalWinBack'))
      WHEN 6 THEN CAST('generalRetention' AS ENUM('importantValue', 'importantDevelopment', 'importantRetention', 'importantWinBack', 'generalValue', 'generalDevelopment', 'generalRetention', 'generalWinBack'))
      WHEN 7 THEN CAST('generalWinBack' AS ENUM('importantValue', 'importantDevelopment', 'importantRetention', 'importantWinBack', 'generalValue', 'generalDevelopment', 'generalRetention', 'generalWinBack'))
    END AS rfm_type,
    CASE
      WHEN monetary >= tier_from_platinum THEN CAST('platinum' AS ENUM('platinum', 'gold', 'iron', 'lead'))
      WHEN monetary >= tier_from_gold THEN CAST('gold' AS ENUM('platinum', 'gold', 'iron', 'lead'))
      WHEN monetary >= tier_from_iron THEN CAST('iron' AS ENUM('platinum', 'gold', 'iron', 'lead'))
      ELSE CAST('lead' AS ENUM('platinum', 'gold', 'iron', 'lead'))
    END AS value_tier
  FROM scored s
),
-- Step 20. The RFM table, labels in Chinese.
rfm_table AS (
  SELECT
    customer_id, customer_key, first_purchase, last_purchase, days_since_last_purchase, recency,
    frequency, monetary, average_order_value, refunds, tenure_days, as_of,
    r_score, f_score, m_score, rfm_code, segment,
    CASE segment
      WHEN 'champions' THEN CAST('冠军客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      WHEN 'loyalCustomers' THEN CAST('忠诚客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      WHEN 'potentialLoyalist' THEN CAST('潜在忠诚客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      WHEN 'newCustomers' THEN CAST('新客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      WHEN 'promising' THEN CAST('有潜力客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      WHEN 'needAttention' THEN CAST('需要关注客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      WHEN 'aboutToSleep' THEN CAST('即将沉睡客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      WHEN 'atRisk' THEN CAST('有流失风险客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      WHEN 'cantLoseThem' THEN CAST('不能失去的客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      WHEN 'hibernating' THEN CAST('休眠客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      WHEN 'lost' THEN CAST('流失客户' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
      ELSE CAST('其他' AS ENUM('冠军客户', '忠诚客户', '潜在忠诚客户', '新客户', '有潜力客户', '需要关注客户', '即将沉睡客户', '有流失风险客户', '不能失去的客户', '休眠客户', '流失客户', '其他'))
    END AS segment_label,
    rfm_type,
    CASE rfm_type
      WHEN 'importantValue' THEN CAST('重要价值客户' AS ENUM('重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户'))
      WHEN 'importantDevelopment' THEN CAST('重要发展客户' AS ENUM('重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户'))
      WHEN 'importantRetention' THEN CAST('重要保持客户' AS ENUM('重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户'))
      WHEN 'importantWinBack' THEN CAST('重要挽留客户' AS ENUM('重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户'))
      WHEN 'generalValue' THEN CAST('一般价值客户' AS ENUM('重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户'))
      WHEN 'generalDevelopment' THEN CAST('一般发展客户' AS ENUM('重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户'))
      WHEN 'generalRetention' THEN CAST('一般保持客户' AS ENUM('重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户'))
      WHEN 'generalWinBack' THEN CAST('一般挽留客户' AS ENUM('重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户'))
    END AS type_label,
    value_tier,
    CASE value_tier
      WHEN 'platinum' THEN CAST('白金' AS ENUM('白金', '黄金', '铁质', '铅质'))
      WHEN 'gold' THEN CAST('黄金' AS ENUM('白金', '黄金', '铁质', '铅质'))
      WHEN 'iron' THEN CAST('铁质' AS ENUM('白金', '黄金', '铁质', '铅质'))
      WHEN 'lead' THEN CAST('铅质' AS ENUM('白金', '黄金', '铁质', '铅质'))
    END AS tier_label
  FROM labelled
)
SELECT * FROM rfm_table;
