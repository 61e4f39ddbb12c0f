/** What other parts of makker may use from the training feature. */

export { seedDemoTraining } from './seed-demo-training.ts';
export { trainingPersonalData } from './training.personal-data.ts';
export { trainingRoutes } from './training.routes.ts';
