-- Cluster (issue 18): an Entgeltlauf being computed holds a lease that the computing node renews while it works.
-- A run shown as LAEUFT whose lease has lapsed was interrupted (its node died): it counts as failed, and any node
-- may compute the month again. The results of a computation are written in its one transaction, so nothing of
-- an interrupted run is visible. Epoch milliseconds (UTC), compared by the application, so the database's and
-- the nodes' time zones do not matter. fortschritt/gesamt (V5) now carry the progress for every node to read.
ALTER TABLE entgeltlauf
  ADD COLUMN lease_bis_ms BIGINT       NULL,
  ADD COLUMN lease_knoten VARCHAR(190) NULL;
