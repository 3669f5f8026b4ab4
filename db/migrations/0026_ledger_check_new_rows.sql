-- The balance check sums the entries the statement wrote (its transition table), not every entry of the
-- transactions they belong to: each statement before it was checked the same way, so a transaction's entries
-- sum to zero in every currency exactly when each statement's share of them does. It reads no other row of
-- the ledger, so its cost follows the statement, never the size of the ledger, and it plans alike for one
-- event or a hundred thousand.
CREATE OR REPLACE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  off record;
BEGIN
  SELECT n.transaction_id, n.currency, sum(n.amount_minor) AS total INTO off
    FROM ledger_new_entries n
    GROUP BY n.transaction_id, n.currency HAVING sum(n.amount_minor) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction % does not balance: % %', off.transaction_id, off.total, off.currency
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
