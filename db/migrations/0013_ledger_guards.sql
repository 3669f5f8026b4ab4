-- Each ledger transaction's entries sum to zero in every currency, checked once the database transaction commits
-- (deferred), so a money event may write its entries one by one.
CREATE FUNCTION ledger_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  off record;
  -- the entries of one ledger transaction fire one after another at commit: the first sums them all, the rest need not
  mark text := NEW.transaction_id::text || '@' || statement_timestamp()::text;
BEGIN
  IF current_setting('ledger.checked', true) = mark THEN
    RETURN NULL;
  END IF;
  SELECT currency, sum(amount_minor) AS total INTO off
    FROM ledger_entries WHERE transaction_id = NEW.transaction_id
    GROUP BY currency HAVING sum(amount_minor) <> 0 LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger transaction % does not balance: % %', NEW.transaction_id, off.total, off.currency
      USING ERRCODE = 'check_violation';
  END IF;
  PERFORM set_config('ledger.checked', mark, true);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_balanced();
--> statement-breakpoint
-- The ledger is append-only: a correction is a new transaction, never an edit.
CREATE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the ledger is append-only: % on % refused', TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER ledger_transactions_append_only BEFORE UPDATE OR DELETE ON ledger_transactions
  FOR EACH ROW EXECUTE FUNCTION ledger_refuse_change();
--> statement-breakpoint
-- Markets already in the database start with a 10 % commission on items (a new database gets it from its seed).
INSERT INTO commission_rules (market_code, kind, rate_basis_points) SELECT code, 'percent', 1000 FROM markets;
