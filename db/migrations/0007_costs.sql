CREATE TABLE `costs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`date` text NOT NULL,
	`category` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `dossiers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `costs_dossier_idx` ON `costs` (`dossier_id`,`date`,`id`);--> statement-breakpoint
CREATE INDEX `costs_date_idx` ON `costs` (`date`,`category`,`amount_cents`);