/** What other parts of makker may use from the group feature. */

export { groupPersonalData } from './group.personal-data.ts';
export { groupRoutes } from './group.routes.ts';
export { groupComment, groupMember, groupPost, groupReport } from './group.table.ts';
export { groupTopic, groupTopicCheck } from './group-membership.ts';
export { seedDemoGroup } from './seed-demo-group.ts';
