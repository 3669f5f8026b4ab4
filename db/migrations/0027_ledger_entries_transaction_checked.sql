-- An entry's transaction is checked once per statement by the balance trigger (0026), not once per entry.
ALTER TABLE "ledger_entries" DROP CONSTRAINT "ledger_entries_transaction_id_ledger_transactions_id_fk";
