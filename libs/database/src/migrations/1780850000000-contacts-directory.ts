import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every wallet customer is a contact, kept in step with the customer's name, email and phone by a
 * trigger (wallet-core writes customers and knows nothing of contacts). Contacts are searched by
 * name, email and phone with `ILIKE '%…%'` (trigram indexes: Chinese names have no word breaks)
 * and paged newest first. A contact merged into another keeps its row, pointing at the one it
 * joined (and the agent who merged them, and when), so mail from its address keeps finding that person.
 */
export class ContactsDirectory1780850000000 implements MigrationInterface {
  name = 'ContactsDirectory1780850000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contacts ADD COLUMN merged_into uuid REFERENCES contacts (id), ADD COLUMN merged_by uuid REFERENCES agents (id), ADD COLUMN merged_at timestamptz`);
    await q.query(`
      INSERT INTO contacts (id, customer_id, email, phone, name, created_at)
      SELECT gen_random_uuid(), c.id, c.email, c.phone, c.name, c.created_at FROM customers c
      WHERE NOT EXISTS (SELECT 1 FROM contacts k WHERE k.customer_id = c.id)`);
    await q.query(`
      UPDATE contacts k SET email = c.email, phone = c.phone, name = c.name
      FROM customers c WHERE k.customer_id = c.id`);
    await q.query(`
      CREATE FUNCTION customer_contact_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO contacts (id, customer_id, email, phone, name, created_at)
        VALUES (gen_random_uuid(), NEW.id, NEW.email, NEW.phone, NEW.name, NEW.created_at)
        ON CONFLICT (customer_id) DO UPDATE SET email = EXCLUDED.email, phone = EXCLUDED.phone, name = EXCLUDED.name;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER customer_contact_sync AFTER INSERT OR UPDATE OF email, phone, name ON customers
      FOR EACH ROW EXECUTE FUNCTION customer_contact_sync()`);
    await q.query(`CREATE INDEX contacts_newest ON contacts (created_at DESC, id DESC) WHERE merged_into IS NULL`);
    await q.query(`CREATE INDEX contacts_name_trgm ON contacts USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX contacts_email_trgm ON contacts USING gin (email gin_trgm_ops)`);
    await q.query(`CREATE INDEX contacts_phone ON contacts (phone)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX contacts_phone`);
    await q.query(`DROP INDEX contacts_email_trgm`);
    await q.query(`DROP INDEX contacts_name_trgm`);
    await q.query(`DROP INDEX contacts_newest`);
    await q.query(`DROP TRIGGER customer_contact_sync ON customers`);
    await q.query(`DROP FUNCTION customer_contact_sync`);
    await q.query(`ALTER TABLE contacts DROP COLUMN merged_at, DROP COLUMN merged_by, DROP COLUMN merged_into`);
  }
}
