CREATE TABLE `contact_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`date` text NOT NULL,
	`channel` text NOT NULL,
	`result` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contact_attempts_dossier_idx` ON `contact_attempts` (`dossier_id`,`date`,`id`);--> statement-breakpoint
CREATE TABLE `day_one_basis` (
	`dossier_id` integer NOT NULL,
	`key` text NOT NULL,
	`state` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`release_date` text NOT NULL,
	`recorded_at` text NOT NULL,
	`corrected_at` text,
	`correction_reason` text DEFAULT '' NOT NULL,
	PRIMARY KEY(`dossier_id`, `key`),
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `first_contacts` (
	`dossier_id` integer PRIMARY KEY NOT NULL,
	`contact_at` text NOT NULL,
	`who` text NOT NULL,
	`how` text NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `followups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`moment_key` text NOT NULL,
	`label` text NOT NULL,
	`due_on` text NOT NULL,
	`done_on` text,
	`reached` text,
	`basis` text DEFAULT '{}' NOT NULL,
	`work` text DEFAULT 'onbekend' NOT NULL,
	`reclassering` text DEFAULT 'onbekend' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `followups_dossier_moment_uq` ON `followups` (`dossier_id`,`moment_key`);--> statement-breakpoint
CREATE INDEX `followups_open_due_idx` ON `followups` (`done_on`,`due_on`,`dossier_id`);--> statement-breakpoint
ALTER TABLE `plan_actions` ADD `appointment_time` text;--> statement-breakpoint
ALTER TABLE `plan_actions` ADD `appointment_place` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `dossiers_status_released_idx` ON `dossiers` (`status`,`werkelijke_vrijlating`);