-- One server, a database per service (each service owns its store).
CREATE DATABASE pooled_finance;
CREATE DATABASE contracts;
CREATE DATABASE care_packages;
CREATE DATABASE workforce;
CREATE DATABASE notifications;
CREATE DATABASE returns;
