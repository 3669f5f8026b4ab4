-- The balance check runs once per INSERT statement over the transactions it wrote entries for (a transition
-- table), instead of once per entry at commit: a money event writes all its entries in one statement.
DROP TRIGGER ledger_entries_balanced ON ledger_entries;
--> statement-breakpoint
DROP FUNCTION ledger_check_balanced();
--> statement-breakpoint
CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  off record;
BEGIN
  SELECT e.transaction_id, e.currency, sum(e.amount_minor) AS total INTO off
    FROM ledger_entries e
    WHERE e.transaction_id IN (SELECT DISTINCT n.transaction_id FROM ledger_new_entries n)
    GROUP BY e.transaction_id, e.currency HAVING sum(e.amount_minor) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction % does not balance: % %', off.transaction_id, off.total, off.currency
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
  REFERENCING NEW TABLE AS ledger_new_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_check_balanced();
--> statement-breakpoint
-- rules saved before a rule had a start took effect when they were made
UPDATE commission_rules SET effective_from = created_at;
