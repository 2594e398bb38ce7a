CREATE TABLE `action_reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`action_id` integer NOT NULL,
	`partner_id` integer,
	`sent_on` text NOT NULL,
	`sent_at` text NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `plan_actions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `action_reminders_action_idx` ON `action_reminders` (`action_id`);--> statement-breakpoint
CREATE TABLE `domain_scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`domain_key` text NOT NULL,
	`score` integer NOT NULL,
	`assessed_on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `domain_scores_dossier_idx` ON `domain_scores` (`dossier_id`,`domain_key`,`assessed_on`);--> statement-breakpoint
CREATE TABLE `partner_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`partner_id` integer NOT NULL,
	`name` text NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `partner_contacts_partner_idx` ON `partner_contacts` (`partner_id`);--> statement-breakpoint
CREATE TABLE `partners` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`name` text NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `partners_type_name_idx` ON `partners` (`type`,`name`);--> statement-breakpoint
CREATE TABLE `plan_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`title` text NOT NULL,
	`domain_key` text,
	`partner_id` integer,
	`contact_id` integer,
	`deadline` text,
	`status` text DEFAULT 'open' NOT NULL,
	`completed_on` text,
	`result_note` text DEFAULT '' NOT NULL,
	`template_key` text,
	`last_reminder_on` text,
	`created_on` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`partner_id`) REFERENCES `partners`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `partner_contacts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `plan_actions_status_deadline_idx` ON `plan_actions` (`status`,`deadline`,`dossier_id`);--> statement-breakpoint
CREATE INDEX `plan_actions_dossier_idx` ON `plan_actions` (`dossier_id`,`status`,`deadline`);--> statement-breakpoint
CREATE INDEX `plan_actions_partner_idx` ON `plan_actions` (`partner_id`,`status`,`deadline`,`dossier_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `plan_actions_template_uq` ON `plan_actions` (`dossier_id`,`template_key`);--> statement-breakpoint
CREATE TABLE `plan_basis` (
	`dossier_id` integer NOT NULL,
	`key` text NOT NULL,
	`state` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`changed_on` text NOT NULL,
	PRIMARY KEY(`dossier_id`, `key`),
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `plan_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`domain_key` text,
	`text` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plan_goals_dossier_idx` ON `plan_goals` (`dossier_id`);--> statement-breakpoint
CREATE TABLE `plans` (
	`dossier_id` integer PRIMARY KEY NOT NULL,
	`basis_strip` text DEFAULT 'oooooooo' NOT NULL,
	`countdown_release` text,
	`dropped_templates` text DEFAULT '[]' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
