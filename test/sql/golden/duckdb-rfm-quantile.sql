-- RFM table (CRM Analytics for Excel), dialect duckdb.
-- As of the day after the latest date; recency in days.
-- Scores: 5 bins, method quantile (COUNTIF rule, ties share a score); fixed thresholds (closed upper) for R 7/30/60/120.
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
-- Step 4. One row per customer: purchases are rows with amount > 0 (F counts distinct order ids); M nets refunds in.
--   Customers with no purchase are left out.
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
  HAVING COUNT(CASE WHEN amount > 0 THEN 1 END) > 0
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
-- Step 6. The means that split high/low for the types, and the number of customers.
stats AS (
  SELECT AVG(recency) AS mean_recency, AVG(frequency) AS mean_frequency, AVG(monetary) AS mean_monetary,
    COUNT(*) AS customers
  FROM customer_table
),
-- Step 7. F: per distinct frequency, the customers ranked before it (ASC) = RANK() − 1 of each of them.
worse_f AS (
  SELECT frequency AS v,
    CAST(SUM(COUNT(*)) OVER (ORDER BY frequency ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - COUNT(*) AS BIGINT) AS worse
  FROM customer_table
  GROUP BY frequency
),
-- Step 8. F: the smallest frequency from which each score holds (one row).
thresholds_f AS (
  SELECT
    MIN(CASE WHEN 5 * w.worse >= 1 * customers THEN w.v END) AS frequency_from_2,
    MIN(CASE WHEN 5 * w.worse >= 2 * customers THEN w.v END) AS frequency_from_3,
    MIN(CASE WHEN 5 * w.worse >= 3 * customers THEN w.v END) AS frequency_from_4,
    MIN(CASE WHEN 5 * w.worse >= 4 * customers THEN w.v END) AS frequency_from_5
  FROM worse_f w
  CROSS JOIN stats
),
-- Step 9. M: per distinct monetary, the customers ranked before it (ASC) = RANK() − 1 of each of them, and up to it.
worse_m AS (
  SELECT monetary AS v,
    CAST(SUM(COUNT(*)) OVER (ORDER BY monetary ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) - COUNT(*) AS BIGINT) AS worse,
    CAST(SUM(COUNT(*)) OVER (ORDER BY monetary ASC ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS BIGINT) AS upto
  FROM customer_table
  GROUP BY monetary
),
-- Step 10. M: the smallest monetary from which each score and each value tier holds (one row).
thresholds_m AS (
  SELECT
    MIN(CASE WHEN 5 * w.worse >= 1 * customers THEN w.v END) AS monetary_from_2,
    MIN(CASE WHEN 5 * w.worse >= 2 * customers THEN w.v END) AS monetary_from_3,
    MIN(CASE WHEN 5 * w.worse >= 3 * customers THEN w.v END) AS monetary_from_4,
    MIN(CASE WHEN 5 * w.worse >= 4 * customers THEN w.v END) AS monetary_from_5,
    MIN(CASE WHEN CAST(customers - w.upto AS DOUBLE) < CAST(0.05 AS DOUBLE) * CAST(customers AS DOUBLE) - CAST(1e-9 AS DOUBLE) THEN w.v END) AS tier_from_platinum,
    MIN(CASE WHEN CAST(customers - w.upto AS DOUBLE) < CAST(0.2 AS DOUBLE) * CAST(customers AS DOUBLE) - CAST(1e-9 AS DOUBLE) THEN w.v END) AS tier_from_gold,
    MIN(CASE WHEN CAST(customers - w.upto AS DOUBLE) < CAST(0.5 AS DOUBLE) * CAST(customers AS DOUBLE) - CAST(1e-9 AS DOUBLE) THEN w.v END) AS tier_from_iron
  FROM worse_m w
  CROSS JOIN stats
),
-- Step 11. R, F, M scores; the means that split high/low for the types; where the tiers start.
scored AS (
  SELECT
    t.*,
    5 - ((CASE WHEN CAST(7 AS DOUBLE) < t.recency THEN 1 ELSE 0 END) + (CASE WHEN CAST(30 AS DOUBLE) < t.recency THEN 1 ELSE 0 END) + (CASE WHEN CAST(60 AS DOUBLE) < t.recency THEN 1 ELSE 0 END) + (CASE WHEN CAST(120 AS DOUBLE) < t.recency THEN 1 ELSE 0 END)) AS r_score,
    1 + (CASE WHEN t.frequency >= tf.frequency_from_2 THEN 1 ELSE 0 END) + (CASE WHEN t.frequency >= tf.frequency_from_3 THEN 1 ELSE 0 END) + (CASE WHEN t.frequency >= tf.frequency_from_4 THEN 1 ELSE 0 END) + (CASE WHEN t.frequency >= tf.frequency_from_5 THEN 1 ELSE 0 END) AS f_score,
    1 + (CASE WHEN t.monetary >= tm.monetary_from_2 THEN 1 ELSE 0 END) + (CASE WHEN t.monetary >= tm.monetary_from_3 THEN 1 ELSE 0 END) + (CASE WHEN t.monetary >= tm.monetary_from_4 THEN 1 ELSE 0 END) + (CASE WHEN t.monetary >= tm.monetary_from_5 THEN 1 ELSE 0 END) AS m_score,
    k.mean_recency,
    k.mean_frequency,
    k.mean_monetary,
    tm.tier_from_platinum,
    tm.tier_from_gold,
    tm.tier_from_iron,
    k.customers
  FROM customer_table t
  CROSS JOIN stats k
  CROSS JOIN thresholds_f tf
  CROSS JOIN thresholds_m tm
),
-- Step 12. RFM code, segment (first matching rule), type (vs the means) and value tier (by M, ties share).
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
-- Step 13. The RFM table, labels in English.
rfm_table AS (
  SELECT
    customer_id, customer_key, first_purchase, last_purchase, days_since_last_purchase, recency,
    frequency, monetary, average_order_value, refunds, tenure_days, as_of,
    r_score, f_score, m_score, rfm_code, segment,
    CASE segment
      WHEN 'champions' THEN CAST('Champions' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      WHEN 'loyalCustomers' THEN CAST('Loyal Customers' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      WHEN 'potentialLoyalist' THEN CAST('Potential Loyalist' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      WHEN 'newCustomers' THEN CAST('New Customers' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      WHEN 'promising' THEN CAST('Promising' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      WHEN 'needAttention' THEN CAST('Need Attention' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      WHEN 'aboutToSleep' THEN CAST('About To Sleep' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      WHEN 'atRisk' THEN CAST('At Risk' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      WHEN 'cantLoseThem' THEN CAST('Can''t Lose Them' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      WHEN 'hibernating' THEN CAST('Hibernating' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      WHEN 'lost' THEN CAST('Lost' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
      ELSE CAST('Others' AS ENUM('Champions', 'Loyal Customers', 'Potential Loyalist', 'New Customers', 'Promising', 'Need Attention', 'About To Sleep', 'At Risk', 'Can''t Lose Them', 'Hibernating', 'Lost', 'Others'))
    END AS segment_label,
    rfm_type,
    CASE rfm_type
      WHEN 'importantValue' THEN CAST('Important value' AS ENUM('Important value', 'Important development', 'Important retention', 'Important win-back', 'General value', 'General development', 'General retention', 'General win-back'))
      WHEN 'importantDevelopment' THEN CAST('Important development' AS ENUM('Important value', 'Important development', 'Important retention', 'Important win-back', 'General value', 'General development', 'General retention', 'General win-back'))
      WHEN 'importantRetention' THEN CAST('Important retention' AS ENUM('Important value', 'Important development', 'Important retention', 'Important win-back', 'General value', 'General development', 'General retention', 'General win-back'))
      WHEN 'importantWinBack' THEN CAST('Important win-back' AS ENUM('Important value', 'Important development', 'Important retention', 'Important win-back', 'General value', 'General development', 'General retention', 'General win-back'))
      WHEN 'generalValue' THEN CAST('General value' AS ENUM('Important value', 'Important development', 'Important retention', 'Important win-back', 'General value', 'General development', 'General retention', 'General win-back'))
      WHEN 'generalDevelopment' THEN CAST('General development' AS ENUM('Important value', 'Important development', 'Important retention', 'Important win-back', 'General value', 'General development', 'General retention', 'General win-back'))
      WHEN 'generalRetention' THEN CAST('General retention' AS ENUM('Important value', 'Important development', 'Important retention', 'Important win-back', 'General value', 'General development', 'General retention', 'General win-back'))
      WHEN 'generalWinBack' THEN CAST('General win-back' AS ENUM('Important value', 'Important development', 'Important retention', 'Important win-back', 'General value', 'General development', 'General retention', 'General win-back'))
    END AS type_label,
    value_tier,
    CASE value_tier
      WHEN 'platinum' THEN CAST('Platinum' AS ENUM('Platinum', 'Gold', 'Iron', 'Lead'))
      WHEN 'gold' THEN CAST('Gold' AS ENUM('Platinum', 'Gold', 'Iron', 'Lead'))
      WHEN 'iron' THEN CAST('Iron' AS ENUM('Platinum', 'Gold', 'Iron', 'Lead'))
      WHEN 'lead' THEN CAST('Lead' AS ENUM('Platinum', 'Gold', 'Iron', 'Lead'))
    END AS tier_label
  FROM labelled
)
SELECT * FROM rfm_table;
