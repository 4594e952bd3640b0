-- Every decimal column keeps the 15 digits before the point that the input gate admits (FieldValues.INTEGER_DIGITS),
-- so that the database is never the first to refuse a number; each keeps its scale. SchemaIntegrationTests holds
-- every column, present and future, to it.
alter table project_request alter column discount_rate set data type numeric(19, 4);
alter table project_request_demand alter column fte set data type numeric(17, 2);
alter table scoring_criterion alter column weight set data type numeric(18, 3);
alter table scenario_capacity alter column fte set data type numeric(17, 2);
alter table exchange_rate alter column rate set data type numeric(23, 8);
