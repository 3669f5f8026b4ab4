-- The balance check sums the entries the statement wrote (its transition table), not every entry of the
-- transactions they belong to: each statement before it was checked the same way, so a transaction's entries
-- sum to zero in every currency exactly when each statement's share of them does. Its cost follows the
-- statement, never the size of the ledger.
-- It also checks that each entry's transaction exists, once per statement (0027 drops the foreign key that
-- looked it up and locked it once per entry); the transactions are append-only, so one found stays.
CREATE OR REPLACE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  off record;
  missing uuid;
BEGIN
  SELECT n.transaction_id, n.currency, sum(n.amount_minor) AS total INTO off
    FROM ledger_new_entries n
    GROUP BY n.transaction_id, n.currency HAVING sum(n.amount_minor) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction % does not balance: % %', off.transaction_id, off.total, off.currency
      USING ERRCODE = 'check_violation';
  END IF;
  -- planned for the rows at hand each time: an index lookup per transaction for a few, one hash join for many
  EXECUTE 'SELECT n.transaction_id FROM (SELECT DISTINCT transaction_id FROM ledger_new_entries) n
    WHERE NOT EXISTS (SELECT 1 FROM ledger_transactions t WHERE t.id = n.transaction_id) LIMIT 1' INTO missing;
  IF missing IS NOT NULL THEN
    RAISE EXCEPTION 'ledger entries refer to no ledger transaction: %', missing
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NULL;
END $$;
