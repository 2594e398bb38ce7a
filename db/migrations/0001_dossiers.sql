CREATE TABLE `consents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`partner` text NOT NULL,
	`scope` text NOT NULL,
	`legal_basis` text NOT NULL,
	`given_on` text NOT NULL,
	`withdrawn_on` text,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `consents_dossier_idx` ON `consents` (`dossier_id`);--> statement-breakpoint
CREATE TABLE `dossier_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`role` text NOT NULL,
	`name` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`relation` text DEFAULT '' NOT NULL,
	`telefoon` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dossier_contacts_dossier_idx` ON `dossier_contacts` (`dossier_id`);--> statement-breakpoint
CREATE TABLE `dossier_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`at` text NOT NULL,
	`field` text NOT NULL,
	`old_value` text,
	`new_value` text,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `dossier_history_dossier_idx` ON `dossier_history` (`dossier_id`,`id`);--> statement-breakpoint
CREATE INDEX `dossier_history_field_at_idx` ON `dossier_history` (`field`,`at`);--> statement-breakpoint
CREATE TABLE `dossiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`achternaam` text NOT NULL,
	`tussenvoegsel` text DEFAULT '' NOT NULL,
	`voornamen` text DEFAULT '' NOT NULL,
	`roepnaam` text DEFAULT '' NOT NULL,
	`geboortedatum` text,
	`bsn` text,
	`telefoon` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`adres_voor` text DEFAULT '' NOT NULL,
	`adres_na` text DEFAULT '' NOT NULL,
	`woonplaats` text DEFAULT '' NOT NULL,
	`institution` text DEFAULT '' NOT NULL,
	`melding_datum` text,
	`detentie_start` text,
	`verwachte_vrijlating` text,
	`werkelijke_vrijlating` text,
	`reclassering_toezicht` text DEFAULT 'onbekend' NOT NULL,
	`juridisch_kader` text DEFAULT '' NOT NULL,
	`veiligheid` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'melding' NOT NULL,
	`closing_reason` text,
	`closing_note` text DEFAULT '' NOT NULL,
	`closed_at` text,
	`search_text` text DEFAULT '' NOT NULL,
	`sort_name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `dossiers_bsn_uq` ON `dossiers` (`bsn`);--> statement-breakpoint
CREATE INDEX `dossiers_status_sort_idx` ON `dossiers` (`status`,`sort_name`);--> statement-breakpoint
CREATE INDEX `dossiers_status_release_idx` ON `dossiers` (`status`,`verwachte_vrijlating`,`sort_name`);--> statement-breakpoint
CREATE INDEX `dossiers_release_idx` ON `dossiers` (`verwachte_vrijlating`,`sort_name`);--> statement-breakpoint
CREATE INDEX `dossiers_updated_idx` ON `dossiers` (`updated_at`);--> statement-breakpoint
CREATE INDEX `dossiers_sort_search_idx` ON `dossiers` (`sort_name`,`search_text`);--> statement-breakpoint
CREATE INDEX `dossiers_name_birth_idx` ON `dossiers` (`sort_name`,`geboortedatum`);--> statement-breakpoint
CREATE TABLE `journal_notes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`date` text NOT NULL,
	`text` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `journal_notes_dossier_idx` ON `journal_notes` (`dossier_id`,`date`);--> statement-breakpoint
CREATE TABLE `release_date_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`date` text,
	`changed_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `release_date_history_dossier_idx` ON `release_date_history` (`dossier_id`);