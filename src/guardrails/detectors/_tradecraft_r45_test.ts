import { runCases, type TradecraftCase } from "./_tradecraft_testing.ts";

const CASES: TradecraftCase[] = [
  {
    id: "impact.drop_every_database",
    block: [
      // pymongo
      `from pymongo import MongoClient\nc = MongoClient(URI)\nfor name in c.list_database_names():\n    if name not in ("admin", "local", "config"):\n        c.drop_database(name)\n`,
      // SQL Server dynamic SQL over the catalog
      `DECLARE @sql nvarchar(max) = N'';\nSELECT @sql += N'DROP DATABASE [' + name + N'];' FROM sys.databases WHERE database_id > 4;\nEXEC sp_executesql @sql;`,
      // MySQL from the shell
      `for db in $(mysql -N -e 'show databases' | grep -Ev '^(mysql|sys|information_schema|performance_schema)$'); do mysql -e "drop database $db"; done`,
      // PostgreSQL list piped to dropdb
      `psql -At -l | cut -d'|' -f1 | grep -v template | xargs -n1 dropdb`,
    ],
    pass: [
      // one named database, guarded
      `IF EXISTS (SELECT name FROM sys.databases WHERE name = N'ShopTest')\n    DROP DATABASE ShopTest;`,
      // CI cleanup of test databases only
      `db.adminCommand({listDatabases: 1}).databases.map(d => d.name).filter(n => n.startsWith('ci_pr_')).forEach(n => db.getSiblingDB(n).dropDatabase());`,
      // list first, then drop ONE named scratch database
      `db.adminCommand({listDatabases:1}).databases.map(d => d.name);\ndb.getSiblingDB('etl_scratch_0611').dropDatabase();`,
      // listing sizes only
      `db.adminCommand({listDatabases: 1}).databases.forEach(d => print(d.name, d.sizeOnDisk));`,
      // SQL cleanup of temporary schemas by prefix
      `SELECT 'DROP SCHEMA ' || nspname || ' CASCADE;' FROM pg_namespace WHERE nspname LIKE 'tmp_%';`,
    ],
  },
  {
    id: "impact.ransom_note_with_destruction",
    block: [
      // files removed, note in German with Monero
      `rm -rf /srv/data/* && echo 'Ihre Daten sind weg. Senden Sie 2.5 XMR an 44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SRWZjnSqM4PV4Pz5gSrjstVHcADTnUKxb3bqX und schreiben Sie an restore@proton.me' > /srv/data/README.txt`,
      // PostgreSQL tables dropped, note in a table (French)
      `DROP TABLE clients, commandes CASCADE;\nCREATE TABLE lisez_moi(msg text);\nINSERT INTO lisez_moi VALUES ('Vos tables ont été copiées. Versez 0,8 BTC sur 1BoatSLRHtKNngkdXEeobR76b53LETtpyT pour les récupérer.');`,
      // Redis flushed, USDT demand
      `redis-cli FLUSHALL && redis-cli SET HOW_TO_RESTORE "send 5000 USDT (TRC20) to TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE within 48h"`,
    ],
    pass: [
      // a payment instruction with no destruction
      `INSERT INTO invoices(id, memo) VALUES (881, 'Please pay 0.015 BTC to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq');`,
      // a cleanup with no payment demand
      `rm -rf /srv/app/cache/* && echo 'cache cleared' > /srv/app/cache/.cleared`,
      // a threat-intel note quoting a wallet, nothing destroyed
      `db.iocs.insertOne({family: 'LockBit', wallet: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq', demanded: '2 BTC', seen: new Date()});`,
    ],
  },
];

runCases("r45", CASES);
